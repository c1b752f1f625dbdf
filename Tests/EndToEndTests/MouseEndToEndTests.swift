import Foundation
import Testing

extension EndToEnd {
    /// The mouse through tmux: clicks and the wheel reach the real binary as a terminal sends them.
    @Suite("Mouse end to end, in tmux")
    struct MouseEndToEndTests {
        /// The row on screen of the first line containing `needle`, and the column where it begins.
        func place(of needle: String, in screen: String) -> (x: Int, y: Int)? {
            for (y, line) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let range = line.range(of: needle) { return (line[..<range.lowerBound].count, y) }
            }
            return nil
        }

        @Test("a click selects a row, a click in the detail pane focuses it, the wheel scrolls, dialog buttons press")
        func clicksAndWheel() throws {
            let simulator = try SimulatorProcess(extra: ["--tasks", "40", "--log-requests"])
            defer { simulator.stop() }
            let tmux = try TmuxSession(
                [Binary.path, "--config", simulator.configPath], environment: simulator.environment, width: 120, height: 30)
            defer { tmux.close() }
            var screen = tmux.waitFor { $0.contains("40 tasks") && TmuxSession.detailTitle($0) != nil }
            #expect(tmux.mouseReporting, "the dashboard asks for mouse reports by default")
            let tasks = try simulator.serverTasks()

            // A click on the fourth row selects that task.
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            let taskRows = rows.indices.filter { rows[$0].hasPrefix(" ●") || rows[$0].hasPrefix(" ○") }
            let fourth = try #require(taskRows.dropFirst(3).first)
            let shortID = String(rows[fourth].dropFirst(4).prefix(8))
            let clicked = try #require(tasks.first { $0.id.hasPrefix(shortID.prefix(4)) && $0.id.hasSuffix(shortID.suffix(3)) })
            tmux.click(x: 30, y: fourth)
            screen = tmux.waitFor { TmuxSession.detailTitle($0) == clicked.id }
            #expect(TmuxSession.detailTitle(screen) == clicked.id, "\(screen)")

            // A press and its release read at once (a busy moment, a slow link) are one click too.
            let sixth = try #require(taskRows.dropFirst(5).first)
            let sixthID = String(rows[sixth].dropFirst(4).prefix(8))
            tmux.click(x: 30, y: sixth, together: true)
            screen = tmux.waitFor { TmuxSession.detailTitle($0)?.hasPrefix(sixthID.prefix(4)) == true }
            #expect(TmuxSession.detailTitle(screen)?.hasSuffix(sixthID.suffix(3)) == true, "\(screen)")

            // The wheel scrolls: three notches down move the view nine rows, the first row leaves the
            // screen; three notches read at once move it back.
            let firstRow = String(rows[try #require(taskRows.first)].dropFirst(4).prefix(8))
            for _ in 0..<3 { tmux.wheel(down: true, x: 30, y: fourth) }
            screen = tmux.waitFor { !$0.contains(firstRow) }
            #expect(!screen.contains(firstRow), "the first row scrolled out of view")
            tmux.wheel(down: false, x: 30, y: fourth, notches: 3)
            #expect(tmux.waitFor(firstRow))

            // A click in the detail pane focuses it.
            let route = try #require(place(of: "Route", in: tmux.screen))
            tmux.click(x: route.x, y: route.y)
            #expect(tmux.waitFor("Esc back"))
            #expect(!tmux.screen.contains("ST TASK"))
            tmux.send("Escape")
            #expect(tmux.waitFor("ST TASK"))

            // Stop through the dialog with clicks: Cancel sends nothing, Stop sends exactly one request.
            tmux.send("g")
            let target = try #require(tasks.first { $0.id == TmuxSession.detailTitle(tmux.waitFor { TmuxSession.detailTitle($0) != clicked.id }) })
            try #require(target.status == "SYNCHRONIZING")
            let stops = { simulator.requestLog().filter { $0.hasPrefix("POST") && $0.contains("/stop") }.count }
            tmux.send("x")
            #expect(tmux.waitFor("[ Cancel ]"))
            let cancel = try #require(place(of: "Cancel", in: tmux.screen))
            tmux.click(x: cancel.x, y: cancel.y)
            #expect(tmux.waitFor { !$0.contains("Cancel") }.contains("ST TASK"))
            #expect(stops() == 0)
            tmux.send("x")
            #expect(tmux.waitFor("[ Cancel ]"))
            let stop = try #require(place(of: "Stop  ", in: tmux.screen.split(separator: "\n").filter { $0.contains("Cancel") }.joined()))
            let buttonRow = try #require(place(of: "Cancel", in: tmux.screen)).y
            tmux.click(x: stop.x + 2, y: buttonRow)
            let stopped = tmux.waitFor { $0.contains("✓ Stopped \(target.id.prefix(4))") }
            #expect(stopped.contains("✓ Stopped \(target.id.prefix(4))"), "\(stopped)")
            #expect(stops() == 1, "exactly one request for one click")
            #expect(try simulator.serverStatus(of: target.id) == "STOPPED")
            tmux.send("q")
            #expect(tmux.exitCode() == 0)
            #expect(tmux.inputModeAfterExit == "blocking", "the shell gets its terminal input back in blocking mode")
            #expect(!tmux.mouseReporting, "mouse reports are off again")
        }

        @Test("--no-mouse and \"mouse\": false leave the mouse to the terminal")
        func mouseOff() throws {
            let simulator = try SimulatorProcess()
            defer { simulator.stop() }
            for (arguments, config) in [(["--no-mouse"], false), ([], true)] {
                var command = [Binary.path, "--config", simulator.configPath] + arguments
                if config {
                    let path = simulator.directory + "/no-mouse.json"
                    var object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: simulator.configPath))) as! [String: Any]
                    object["mouse"] = false
                    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
                    command = [Binary.path, "--config", path]
                }
                let tmux = try TmuxSession(command, environment: simulator.environment, width: 120, height: 30)
                defer { tmux.close() }
                let screen = tmux.waitFor { TmuxSession.detailTitle($0) != nil }
                let before = TmuxSession.detailTitle(screen)
                #expect(!tmux.mouseReporting, "\(arguments) \(config): no mouse reports asked for")
                tmux.send("j")
                let after = tmux.waitFor { TmuxSession.detailTitle($0) != before }
                #expect(TmuxSession.detailTitle(after) != before, "keys still work")
            }
        }
    }
}
