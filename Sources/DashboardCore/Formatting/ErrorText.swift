import MonitorCore
import OMSCore

/// How an API error reads on one line: its code (once), its message (OMS's own words) and its
/// request id.
enum ErrorText {
    static func line(_ error: ErrorReport, language: Language) -> String {
        var text = ""
        if let code = error.code, !error.message.hasPrefix(code) { text += "\(code): " }
        text += error.message
        if let id = error.requestID, !error.message.contains(id) { text += " " + language.text(.errorRequest, ["id": id]) }
        return text
    }
}
