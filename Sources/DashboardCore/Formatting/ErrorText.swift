import MonitorCore
import OMSCore

/// How an API error reads on one line: its code (once), its message (OMS's own words) and its
/// request id.
enum ErrorText {
    static func line(_ error: ErrorReport, language: Language) -> String {
        let message = error.text(in: language)
        var text = ""
        if let code = error.code, !message.hasPrefix(code) { text += "\(code): " }
        text += message
        if let id = error.requestID, !message.contains(id) { text += " " + language.text(.errorRequest, ["id": id]) }
        return text
    }
}
