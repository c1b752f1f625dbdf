import FoundationEssentials
import MonitorCore
import OMSCore

/// Alert events as one line of JSON (`watch --format json`, the hook's stdin) and as one line of
/// text (`watch --format text`, its message in the chosen language; JSON's is English).
public enum EventJSON {
    /// `{"message":…,"profile":…,"rule":…,"severity":…,"state":…,"task_id":…,"time":…}`, keys sorted;
    /// the exact text, with the controls and bidi controls in it written as JSON escapes.
    public static func line(_ event: AlertEvent) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(event) else { return "{}" }
        return String(decoding: data, as: UTF8.self).escapingTerminalControlsInJSON
    }

    /// "2026-11-22T08:05:00Z firing   warning  failure_burst demo/0d14…  failed 80 of 400 …", its
    /// control and bidi characters written out (the line goes to a terminal or a log).
    public static func text(_ event: AlertEvent, language: Language = .english) -> String {
        let subject = event.taskID.map { "\(event.profile)/\($0)" } ?? event.profile
        return [UTCTime.rfc3339(event.time), padded(event.state.rawValue, 8), padded(event.severity.rawValue, 8),
                padded(event.rule.rawValue, 13), subject, event.wording.text(language)].joined(separator: " ")
            .escapingControlCharacters
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
