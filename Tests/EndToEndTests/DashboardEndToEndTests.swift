import Foundation
import Testing

extension EndToEnd {
    /// The real omsdash binary in tmux, keys sent and the screen read back.
    @Suite("Dashboard end to end, in tmux")
    struct DashboardEndToEndTests {
        /// Runs `body` with a simulator process and a dashboard on it; cleans both up.
        func withDashboard(
            _ extra: [String] = [], taskCredentials: Bool = false, width: Int = 140, height: Int = 36,
            _ body: (TmuxSession, SimulatorProcess) throws -> Void
        ) throws {
            let simulator = try SimulatorProcess(taskCredentials: taskCredentials)
            defer { simulator.stop() }
            let tmux = try TmuxSession(
                [Binary.path, "--config", simulator.configPath] + extra, environment: simulator.environment, width: width,
                height: height)
            defer { tmux.close() }
            try body(tmux, simulator)
        }

        @Test("--demo shows the table, sparklines and detail; q quits cleanly and restores the terminal")
        func demo() throws {
            let tmux = try TmuxSession([Binary.path, "--demo"])
            defer { tmux.close() }
            let screen = tmux.waitFor { $0.contains("SUCCESS 6h") && $0.contains("REQUEST") && $0.contains(" obj/") }
            #expect(screen.contains("omsdash  demo · cn-north-4"))
            #expect(screen.contains("● 4 synchronizing  ○ 1 stopped"))
            #expect(screen.contains("游戏资源"))
            #expect(screen.contains("▁") || screen.contains("█"))
            #expect(screen.contains("window 6h · 5-minute buckets"))
            tmux.send("q")
            #expect(tmux.exitCode() == 0)
            let stty = tmux.sttyAfterExit
            #expect(tmux.inputModeAfterExit == "blocking")
            #expect(stty.contains(" echo") && stty.contains(" icanon") && !stty.contains("-echo ") && !stty.contains("-icanon"))
            #expect(!tmux.screen.contains("SUCCESS 6h"), "the alternate screen is left")
        }

        @Test("30 tasks at 140×40 and 20 ms latency: every row's counters within seconds, descriptions in full, all five series")
        func firstScreen() throws {
            let simulator = try SimulatorProcess(extra: ["--tasks", "30", "--latency-ms", "20"])
            defer { simulator.stop() }
            let started = Date()
            let tmux = try TmuxSession(
                [Binary.path, "--config", simulator.configPath], environment: simulator.environment, width: 140, height: 40)
            defer { tmux.close() }
            func rows(_ screen: String) -> [Substring] { screen.split(separator: "\n").filter { $0.contains(" → ") } }
            let screen = tmux.waitFor(timeout: 20) { screen in
                let rows = rows(screen)
                return rows.count > 20 && !rows.contains { $0.contains(/–\s+–\s+–/) }
            }
            let seconds = Date().timeIntervalSince(started)
            #expect(rows(screen).count > 20 && !rows(screen).contains { $0.contains(/–\s+–\s+–/) }, "\(screen)")
            #expect(seconds < 8, "the first screen's counters come with the first load (took \(seconds) s)")
            #expect(rows(screen).contains { $0.contains("nightly logs ") }, "descriptions read in full: \(screen)")
            for series in ["REQUEST", "SUCCESS", "FAILURE", "SKIP", "SIZE"] {
                #expect(screen.contains("\n \(series) "), "\(series) on screen")
            }
        }

        @Test("navigation moves the selection; Enter focuses the detail; Esc returns")
        func navigation() throws {
            try withDashboard { tmux, _ in
                #expect(tmux.waitFor("SUCCESS 6h"))
                let first = TmuxSession.detailTitle(tmux.waitFor { TmuxSession.detailTitle($0) != nil })
                tmux.send("j")
                let second = TmuxSession.detailTitle(tmux.waitFor { TmuxSession.detailTitle($0) != first })
                #expect(first != nil && second != nil && first != second)
                tmux.send("G")
                let last = TmuxSession.detailTitle(tmux.waitFor { TmuxSession.detailTitle($0) != second })
                tmux.send("g")
                #expect(TmuxSession.detailTitle(tmux.waitFor { TmuxSession.detailTitle($0) == first }) == first)
                #expect(last != first)
                tmux.send("Enter")
                #expect(tmux.waitFor("Esc back"))
                #expect(!tmux.screen.contains("ST TASK"))
                tmux.send("Escape")
                #expect(tmux.waitFor("ST TASK"))
            }
        }

        @Test("/ filters rows by text, edited at its cursor (←, Ctrl-←); Esc clears; o sorts; + widens the window; ? shows help")
        func filterSortHelp() throws {
            try withDashboard { tmux, _ in
                #expect(tmux.waitFor("SUCCESS 6h"))
                tmux.send("/")
                tmux.type("gme")
                tmux.send("Left", "Left")
                tmux.type("a")
                #expect(tmux.waitFor("/ ga▏me"), "the cursor stays where the letter went")
                tmux.send("C-Left")
                tmux.type("x")
                let moved = tmux.waitFor { $0.contains("/ x▏game") && $0.contains("0 of 5 tasks") }
                #expect(moved.contains("/ x▏game") && moved.contains("0 of 5 tasks"), "Ctrl-← went to the start")
                tmux.send("BSpace")
                let filtered = tmux.waitFor { $0.contains("1 of 5 tasks") }
                #expect(filtered.contains("/game-assets-1250000000 → cn-south-1/game-assets 游戏资源同步 广州"))
                #expect(!filtered.contains("Aliyun  cn-beijing"))
                tmux.send("Enter")
                tmux.send("Escape")
                #expect(tmux.waitFor("5 tasks · sorted by status"))
                tmux.send("o")
                #expect(tmux.waitFor("sorted by last start"))
                tmux.send("O")
                #expect(tmux.waitFor("sorted by last start ↓"))
                tmux.send("+")
                #expect(tmux.waitFor("SUCCESS 24h"))
                #expect(tmux.waitFor("window 24h · 5-minute buckets"))
                tmux.send("+")
                #expect(tmux.waitFor("window 7d · 1-hour buckets"))
                tmux.send("?")
                #expect(tmux.waitFor("widen the statistics window"))
                tmux.send("Escape")
                #expect(tmux.waitFor(timeout: 5) { !$0.contains("widen the statistics") }.contains("ST TASK"))
            }
        }

        @Test("stop through the dialog changes the task on the server; start asks for keys, masked, and restarts it")
        func stopAndStart() throws {
            try withDashboard { tmux, simulator in
                #expect(tmux.waitFor("SUCCESS 6h"))
                let target = try #require(try simulator.serverTasks().first { $0.description == "nightly logs" })
                #expect(target.status == "SYNCHRONIZING")
                tmux.send("/")
                tmux.type("nightly")
                tmux.send("Enter")
                #expect(tmux.waitFor("1 of 5 tasks"))
                tmux.send("x")
                #expect(tmux.waitFor("Stop task \(target.id.prefix(4))"))
                #expect(tmux.waitFor("[ Cancel ]"))
                tmux.send("y")
                #expect(tmux.waitFor("✓ Stopped \(target.id.prefix(4))"))
                #expect(tmux.waitFor("OMS accepted the request"))
                #expect(try simulator.serverStatus(of: target.id) == "STOPPED")
                #expect(tmux.waitFor("○ 2 stopped"))

                tmux.send("s")
                #expect(tmux.waitFor("Start task \(target.id.prefix(4))"))
                tmux.send("y")
                #expect(tmux.waitFor("No start keys in the config"))
                tmux.type("DEMOSRCAK00000000001")
                tmux.send("Enter")
                tmux.type("demo-source-secret")
                let masked = tmux.waitFor { $0.contains("••••••••••••••••••") }
                #expect(!masked.contains("demo-source-secret"), "the secret key is never echoed")
                tmux.send("Enter")
                tmux.type("DEMODSTAK00000000001")
                tmux.send("Enter")
                tmux.type("demo-destination-secret")
                tmux.send("Enter")
                #expect(tmux.waitFor("✓ Started \(target.id.prefix(4))"))
                #expect(try simulator.serverStatus(of: target.id) == "SYNCHRONIZING")
            }
        }

        @Test("keys from task_credentials start a task after one y")
        func startWithConfiguredKeys() throws {
            try withDashboard(taskCredentials: true) { tmux, simulator in
                #expect(tmux.waitFor("SUCCESS 6h"))
                let stopped = try #require(try simulator.serverTasks().first { $0.status == "STOPPED" })
                tmux.send("/")
                tmux.type(String(stopped.id.prefix(8)))
                tmux.send("Enter")
                #expect(tmux.waitFor("1 of 5 tasks"))
                tmux.send("s")
                #expect(tmux.waitFor("Start task"))
                tmux.send("y")
                #expect(tmux.waitFor("✓ Started \(stopped.id.prefix(4))"))
                #expect(try simulator.serverStatus(of: stopped.id) == "SYNCHRONIZING")
            }
        }

        @Test("--readonly refuses start and stop and says so")
        func readOnly() throws {
            try withDashboard(["--readonly"]) { tmux, simulator in
                #expect(tmux.waitFor("read-only"))
                #expect(tmux.waitFor("SUCCESS 6h"))
                let before = try simulator.serverTasks().map(\.status)
                tmux.send("x")
                tmux.send("s")
                usleep(500_000)
                let screen = tmux.screen
                #expect(!screen.contains("Stop task") && !screen.contains("Start task"))
                #expect(!screen.contains("x stop"))
                #expect(try simulator.serverTasks().map(\.status) == before)
            }
        }

        @Test("resizing re-lays-out at once; too small says so; SIGTERM quits and restores the terminal")
        func resizeAndTerminate() throws {
            try withDashboard { tmux, _ in
                #expect(tmux.waitFor("SUCCESS 6h"))
                tmux.resize(width: 70, height: 15)
                #expect(tmux.waitFor("terminal too small"))
                #expect(tmux.waitFor("need 80×20, have 70×15"))
                tmux.resize(width: 100, height: 30)
                #expect(tmux.waitFor(timeout: 5) { $0.contains("ST TASK") && !$0.contains("too small") }.contains("ST TASK"))
                let pid = try #require(tmux.programPID)
                kill(pid, SIGTERM)
                #expect(tmux.exitCode() != nil)
                #expect(!tmux.sttyAfterExit.contains("-echo "))
                #expect(tmux.inputModeAfterExit == "blocking")
            }
        }

        @Test("when the terminal goes away the process exits instead of spinning")
        func terminalGoesAway() throws {
            let tmux = try TmuxSession([Binary.path, "--demo"])
            defer { tmux.close() }
            #expect(tmux.waitFor("SUCCESS 6h"))
            let pid = try #require(tmux.programPID)
            tmux.vanish()
            var alive = true
            for _ in 0..<50 where alive {
                usleep(100_000)
                let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
                alive = stat.map { !$0.contains(") Z ") } ?? false
            }
            #expect(!alive, "omsdash \(pid) still runs after its terminal closed")
            if alive { kill(pid, SIGKILL) }
        }

        @Test("wrong credentials: polling stops and the screen names the credentials and the fix")
        func wrongCredentials() throws {
            let simulator = try SimulatorProcess()
            defer { simulator.stop() }
            var environment = simulator.environment
            environment["E2E_SK"] = "not-the-secret"
            let tmux = try TmuxSession([Binary.path, "--config", simulator.configPath], environment: environment)
            defer { tmux.close() }
            let screen = tmux.waitFor { $0.contains("polling stopped") }
            #expect(screen.contains("APIGW.0301"))
            #expect(screen.contains("AK E2EA…01") && !screen.contains(SimulatorProcess.accessKey), "the access key id shows shortened")
            #expect(screen.contains("stopped: auth error"))
            #expect(!screen.contains("not-the-secret"))
        }

        @Test("a large account: page 1 first, the whole list after, then polling within --max-rpm and a swept age")
        func largeAccountWithinBudget() throws {
            let simulator = try SimulatorProcess(extra: ["--tasks", "1000", "--log-requests"])
            defer { simulator.stop() }
            let tmux = try TmuxSession(
                [Binary.path, "--config", simulator.configPath, "--max-rpm", "20"], environment: simulator.environment)
            defer { tmux.close() }
            let loaded = tmux.waitFor(timeout: 20) { $0.contains("1000 tasks") && $0.contains("list swept") }
            #expect(loaded.contains("1000 tasks"))
            #expect(loaded.contains("list swept"))
            let offsets = Set(simulator.requestLog().compactMap { line -> Int? in
                guard line.contains("/sync-tasks?"), let range = line.range(of: "offset=") else { return nil }
                return Int(line[range.upperBound...].prefix { $0.isNumber })
            })
            #expect(offsets == Set(stride(from: 0, through: 900, by: 100)), "the first load fetched every page")
            // The first load ends with the first screen's counters, which it sends outside the budget.
            let complete = tmux.waitFor(timeout: 10) { screen in
                !screen.split(separator: "\n").contains { $0.contains(" → ") && $0.contains(/–\s+–\s+–/) }
            }
            #expect(!complete.split(separator: "\n").contains { $0.contains(" → ") && $0.contains(/–\s+–\s+–/) })
            usleep(500_000)
            let before = simulator.requestLog().count
            usleep(20_000_000)
            let sent = simulator.requestLog().count - before
            #expect(sent <= 20, "at most 20 requests in any minute: \(sent) in 20 s")
            // Page 1 and the selected task's show each every 5 s: at least 3 of each in any 20 s.
            #expect(sent >= 6, "polling goes on: \(sent) requests in 20 s")
            #expect(tmux.screen.contains("1000 tasks"))
        }
    }
}
