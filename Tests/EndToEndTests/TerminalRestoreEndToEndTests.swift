import Foundation
import Testing

extension EndToEnd {
    /// However the dashboard ends, the terminal it leaves is the one it found.
    @Suite("Terminal restored after signals and crashes, in tmux")
    struct TerminalRestoreEndToEndTests {
        @Test(
            "SIGTERM, SIGHUP, SIGSEGV and SIGABRT: echo and canonical mode back, alternate screen left, mouse off, input blocking",
            arguments: [SIGTERM, SIGHUP, SIGSEGV, SIGABRT])
        func restored(signal: Int32) throws {
            let tmux = try TmuxSession([Binary.path, "--demo", "--no-incidents"])
            defer { tmux.close() }
            #expect(tmux.waitFor("SUCCESS 6h"))
            #expect(tmux.mouseReporting)
            let pid = try #require(tmux.programPID)
            kill(pid, signal)
            let code = try #require(tmux.exitCode(), "the program ended")
            if signal == SIGTERM || signal == SIGHUP {
                #expect(code == 0, "a polite signal quits cleanly")
            } else {
                #expect(code == 128 + signal, "a crash still ends with its signal")
            }
            let stty = tmux.sttyAfterExit
            #expect(stty.contains(" echo") && stty.contains(" icanon") && !stty.contains("-echo ") && !stty.contains("-icanon"), "\(stty)")
            #expect(tmux.inputModeAfterExit == "blocking")
            #expect(!tmux.screen.contains("SUCCESS 6h"), "the alternate screen is left")
            #expect(!tmux.mouseReporting, "mouse reports are off")
        }
    }
}
