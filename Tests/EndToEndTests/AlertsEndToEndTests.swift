import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// Alerts in the dashboard: marks, the header count, the timeline, and a hook that fails or hangs.
    @Suite("Dashboard alerts end to end, in tmux")
    struct AlertsEndToEndTests {
        func withDashboard(
            simulator extra: [String], alerts: [String: Any], _ body: (TmuxSession) throws -> Void
        ) throws {
            let simulator = try SimulatorProcess(extra: extra, config: ["alerts": alerts])
            defer { simulator.stop() }
            let tmux = try TmuxSession(
                [Binary.path, "--config", simulator.configPath], environment: simulator.environment, width: 140, height: 36)
            defer { tmux.close() }
            try body(tmux)
        }

        func hookScript(_ body: String) throws -> String {
            let path = Binary.scratchDirectory() + "/hook.sh"
            try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
            chmod(path, 0o755)
            return path
        }

        @Test("a failure burst marks its row, counts in the header, shows in the timeline; a jumps to it")
        func burstInTimeline() throws {
            try withDashboard(simulator: ["--failure-burst"], alerts: [:]) { tmux in
                let screen = tmux.waitFor { $0.contains("needs attention") }
                #expect(screen.contains("! 1 needs attention"))
                let marked = screen.split(separator: "\n").filter { $0.hasPrefix(" ●!") }
                #expect(marked.count == 1, "one row carries the mark")
                tmux.send("e")
                let timeline = tmux.waitFor { $0.contains("Events") && $0.contains("failure_burst") }
                #expect(timeline.contains("firing    warning   failure_burst"))
                #expect(timeline.contains("threshold 5% with ≥20 requests"))
                #expect(timeline.contains("newest first"))
                tmux.send("Escape")
                #expect(!tmux.waitFor { !$0.contains("newest first") }.contains("newest first"))
                tmux.send("a")
                let selected = tmux.waitFor { $0.contains("Alert        failure_burst since") }
                #expect(selected.contains("Alert        failure_burst since"), "the detail pane names the alert")
            }
        }

        @Test("a failing hook is reported in the status bar")
        func failingHook() throws {
            let script = try hookScript("cat > /dev/null\nexit 7")
            try withDashboard(simulator: ["--failure-burst"], alerts: ["command": [script]]) { tmux in
                let screen = tmux.waitFor { $0.contains("alerts.command exited with status 7") }
                #expect(screen.contains("alerts.command exited with status 7"))
            }
        }

        @Test("a hook that hangs is killed after 10 s; keys and drawing go on meanwhile")
        func hangingHook() throws {
            let started = Binary.scratchDirectory() + "/started"
            let script = try hookScript("date +%s.%N > \(started)\nsleep 60")
            try withDashboard(simulator: ["--failure-burst"], alerts: ["command": [script]]) { tmux in
                let deadline = Date().addingTimeInterval(20)
                while !FileManager.default.fileExists(atPath: started), Date() < deadline { usleep(50_000) }
                let hookStart = Date()
                tmux.send("?")
                #expect(tmux.waitFor(timeout: 3) { $0.contains("Keys") }.contains("Keys"), "keys work while the hook hangs")
                tmux.send("q")
                #expect(tmux.waitFor(timeout: 3) { !$0.contains("Keys") }.contains("refreshed"))
                let screen = tmux.waitFor(timeout: 15) { $0.contains("did not finish in 10 s") }
                #expect(screen.contains("alerts.command did not finish in 10 s and was killed"))
                #expect(screen.contains("refreshed 0s ago") || screen.contains("refreshed 1s ago"), "polling went on")
                let waited = Date().timeIntervalSince(hookStart)
                #expect(waited > 9 && waited < 13)
            }
        }
    }
}
