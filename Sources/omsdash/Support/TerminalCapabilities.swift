import FoundationEssentials
import OMSCore

/// What the terminal can show, from the locale and NO_COLOR.
enum TerminalCapabilities {
    /// Whether the locale is UTF-8, so block characters print.
    static var isUTF8: Bool {
        let environment = ProcessInfo.processInfo.environment
        return LocaleVariables.namesUTF8 { environment[$0] }
    }
}

extension TerminalCapabilities {
    /// Whether to use colors: not when NO_COLOR is set to anything non-empty.
    static var useColor: Bool {
        (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }
}
