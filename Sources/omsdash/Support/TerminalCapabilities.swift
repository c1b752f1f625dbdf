import FoundationEssentials

/// What the terminal can show, from the locale and NO_COLOR.
enum TerminalCapabilities {
    /// Whether the locale is UTF-8, so block characters print.
    static var isUTF8: Bool {
        let env = ProcessInfo.processInfo.environment
        let locale = env["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? env["LANG"] ?? ""
        return locale.uppercased().replacing("-", with: "").contains("UTF8")
    }
}

extension TerminalCapabilities {
    /// Whether to use colors: not when NO_COLOR is set to anything non-empty.
    static var useColor: Bool {
        (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }
}
