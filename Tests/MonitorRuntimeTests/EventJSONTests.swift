import FoundationEssentials
import MonitorCore
import MonitorRuntime
import OMSCore
import Testing

/// An alert about a task whose bucket name carries escape sequences and a bidi override: the text
/// line (for a terminal or a log) writes them out; the JSON line (the hook's stdin, for programs)
/// keeps the exact text, escaped only as JSON requires.
@Suite("Alert events: text lines written out, JSON exact")
struct EventJSONTests {
    static let bucket = "logs\u{1B}[2J\u{9B}31m\u{202E}gnp\u{2066}\r\n"

    var event: AlertEvent {
        AlertEvent(
            time: 1_795_000_000_000, rule: .taskStopped, state: .firing, severity: .warning, profile: "bj", taskID: "t1",
            wording: Wording(.alertStoppedOutside, ["task": "AWS \(Self.bucket) → dst"]))
    }

    @Test("the text line writes out every control and bidi character")
    func text() {
        let line = EventJSON.text(event)
        #expect(line.hasSuffix(#"bj/t1 AWS logs\u{1B}[2J\u{9B}31m\u{202E}gnp\u{2066}\r\n → dst stopped outside this omsdash (was synchronizing)"#))
        #expect(!line.unicodeScalars.contains { $0.isEscapedOnTerminal })
    }

    @Test("the JSON line decodes to the exact text and holds no raw control or bidi control")
    func json() throws {
        let line = EventJSON.line(event)
        struct Decoded: Decodable { let message: String }
        let decoded = try JSONDecoder().decode(Decoded.self, from: Data(line.utf8))
        #expect(decoded.message == "AWS \(Self.bucket) → dst stopped outside this omsdash (was synchronizing)")
        #expect(!line.unicodeScalars.contains { $0.isEscapedOnTerminal })
        #expect(line.contains(#"logs\u001b[2J\u009b31m\u202egnp\u2066\r\n"#))
    }
}
