#if canImport(Glibc)
import Glibc
#endif

/// Puts the terminal back as it was, even when the process crashes: the termios settings saved at
/// start are restored, mouse reports turned off and the alternate screen left, using
/// async-signal-safe calls only.
enum TerminalRestorer {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var hasSaved = false

    /// Remembers the terminal's settings and installs crash handlers. Call before initscr.
    static func install() {
        if tcgetattr(0, &saved) == 0 { hasSaved = true }
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                TerminalRestorer.restoreAfterCrash()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
    }

    /// Best-effort restore from a signal handler.
    static func restoreAfterCrash() {
        let reset = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1000l\u{1B}[?1006l\u{1B}[?1049l\r\n"
        _ = reset.withCString { write(1, $0, strlen($0)) }
        if hasSaved { tcsetattr(0, TCSANOW, &saved) }
    }
}
