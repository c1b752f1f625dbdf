import Foundation
import OMSCore
import Testing

extension EndToEnd {
    /// Create, clone and delete through the real dashboard in tmux, checked on the simulator.
    @Suite("Create, clone and delete end to end, in tmux")
    struct LifecycleEndToEndTests {
        static let typedKeys = [
            "OMSDASH_SRC_AK": "FORMSRCAK00000000001", "OMSDASH_SRC_SK": "form-typed-source-secret",
            "OMSDASH_DST_AK": "FORMDSTAK00000000001", "OMSDASH_DST_SK": "form-secret-from-the-environment",
        ]

        func creates(_ simulator: SimulatorProcess) -> [String] {
            simulator.requestLog().filter { $0.hasPrefix("POST /v2/\(SimulatorProcess.projectID)/sync-tasks ") }
        }

        func deletes(_ simulator: SimulatorProcess) -> [String] { simulator.requestLog().filter { $0.hasPrefix("DELETE") } }

        /// Types `text` into the focused field, then Tab.
        func field(_ tmux: TmuxSession, _ text: String) {
            tmux.type(text)
            tmux.send("Tab")
        }

        @Test("a task typed into the form reaches OMS in one POST with exactly the typed fields and shows up selected")
        func createThroughTheForm() throws {
            let simulator = try SimulatorProcess(extra: ["--tasks", "3", "--log-requests"])
            defer { simulator.stop() }
            var environment = simulator.environment
            environment["FORM_DST_SK"] = Self.typedKeys["OMSDASH_DST_SK"]
            let tmux = try TmuxSession(
                [Binary.path, "--config", simulator.configPath], environment: environment, width: 100, height: 30)
            defer { tmux.close() }
            tmux.waitFor { $0.contains("3 tasks") && TmuxSession.detailTitle($0) != nil }
            let before = Set(try simulator.serverTasks().map(\.id))

            tmux.send("n")
            #expect(tmux.waitFor { $0.contains("New sync task") && $0.contains("Ctrl-S review") }.contains("Source"))
            tmux.send("C-s")
            #expect(tmux.waitFor("7 fields need attention: nothing was sent"), "an empty form shows what it lacks")
            tmux.send("Home")
            tmux.send("Space", "Space", "Space", "Tab")  // Aliyun → Tencent → HuaweiCloud → QingCloud
            field(tmux, "pek3b")
            field(tmux, "form-src")
            field(tmux, Self.typedKeys["OMSDASH_SRC_AK"]!)
            field(tmux, Self.typedKeys["OMSDASH_SRC_SK"]!)
            tmux.send("Tab")  // the destination region stays the profile's
            field(tmux, "form-dst")
            field(tmux, Self.typedKeys["OMSDASH_DST_AK"]!)
            field(tmux, "env:FORM_DST_SK")
            field(tmux, "made in (the form)")
            #expect(tmux.waitFor("cannot hold ( ): the API refuses"), "the description's characters are checked as typed")
            tmux.send("BTab", "C-u")
            tmux.type("made in the form")
            tmux.send("Tab", "Tab", "Space", "Tab", "Space", "Tab", "Tab", "Right", "Tab", "Space")
            var screen = tmux.waitFor { $0.contains("▶ Consistency check") }
            #expect(!screen.contains("form-typed-source-secret") && !screen.contains("FORMSRCAK"), "keys are masked as typed")
            #expect(screen.contains("env:FORM_DST_SK"))

            tmux.send("C-s")
            screen = tmux.waitFor { $0.contains("Review: POST") && $0.contains("Keys from") }
            #expect(screen.contains(#""src_sk" : "•••""#) && !screen.contains("form-typed"), "the review masks every key: \(screen)")
            #expect(creates(simulator).isEmpty, "nothing is sent before y")
            tmux.send("y")
            screen = tmux.waitFor { $0.contains("✓ Created") }
            #expect(creates(simulator).count == 1, "exactly one POST")

            let created = try #require(try simulator.serverTasks().first { !before.contains($0.id) })
            screen = tmux.waitFor { TmuxSession.detailTitle($0) == created.id }
            #expect(TmuxSession.detailTitle(screen) == created.id, "the new task is selected")
            let shown = simulator.omsdash(["show", created.id, "--format", "json"])
            let task = try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
            #expect(task["src_cloud_type"] as? String == "QingCloud")
            #expect(task["src_region"] as? String == "pek3b" && task["src_bucket"] as? String == "form-src")
            #expect(task["dst_region"] as? String == "cn-north-4" && task["dst_bucket"] as? String == "form-dst")
            #expect(task["description"] as? String == "made in the form")
            #expect(task["enable_metadata_migration"] as? Bool == true && task["enable_kms"] as? Bool == false)
            #expect(task["enable_restore"] as? Bool == true)
            #expect(task["dst_storage_policy"] as? String == "IA")
            #expect(task["consistency_check"] as? String == "crc64")

            // The keys reached OMS exactly as typed (and as read from the environment): the
            // simulator starts the task with them and refuses any other.
            #expect(simulator.omsdash(["stop", created.id, "--yes"]).status == 0)
            var wrong = Self.typedKeys
            wrong["OMSDASH_DST_SK"] = "form-typed-source-secret"
            let refused = Spawn.run(
                [Binary.path, "start", created.id, "--yes", "--config", simulator.configPath],
                environment: simulator.environment.merging(wrong) { $1 })
            #expect(refused.status == 1 && refused.output.contains("OMS.0058"))
            let started = Spawn.run(
                [Binary.path, "start", created.id, "--yes", "--config", simulator.configPath],
                environment: simulator.environment.merging(Self.typedKeys) { $1 })
            #expect(started.status == 0, "\(started.output)")
            tmux.send("q")
            #expect(tmux.exitCode() == 0)
        }

        @Test("a refused create keeps the form filled; a clone prefills; delete sends one DELETE only after the typed id")
        func refusalCloneAndDelete() throws {
            let simulator = try SimulatorProcess(extra: ["--tasks", "5", "--log-requests"], taskCredentials: true)
            defer { simulator.stop() }
            let tasks = try simulator.serverTasks()
            let victim = try #require(tasks.last)
            if victim.status != "STOPPED" { #expect(simulator.omsdash(["stop", victim.id, "--yes"]).status == 0) }
            let tmux = try TmuxSession(
                [Binary.path, "--config", simulator.configPath], environment: simulator.environment, width: 100, height: 30)
            defer { tmux.close() }
            tmux.waitFor { $0.contains("5 tasks") && TmuxSession.detailTitle($0) != nil }
            tmux.send("/")
            tmux.type(String(victim.id.prefix(8)))
            tmux.send("Enter")
            #expect(tmux.waitFor { TmuxSession.detailTitle($0) == victim.id }.contains(victim.id))

            // A clone of the selected task: the fields are the task's, the keys the config's.
            let source = try #require(
                try JSONSerialization.jsonObject(with: Data(simulator.omsdash(["show", victim.id, "--format", "json"]).output.utf8))
                    as? [String: Any])
            tmux.send("c")
            var screen = tmux.waitFor {
                $0.contains("Clone of task") && $0.contains("from config") && $0.contains(source["src_bucket"] as? String ?? "?")
            }
            #expect(screen.contains(source["src_bucket"] as? String ?? "?"))
            #expect(screen.contains(source["dst_bucket"] as? String ?? "?"))
            #expect(screen.contains("from config"))
            tmux.send("End")
            tmux.send("C-s")
            #expect(tmux.waitFor("Review: POST"))
            tmux.send("y")
            screen = tmux.waitFor { $0.contains("OMS refused") }
            #expect(screen.contains("OMS.0081"), "the tenant is full: OMS refuses")
            #expect(screen.contains("Clone of task") && screen.contains("▶ Authentication key"), "the form stays as it was")
            #expect(creates(simulator).count == 1)
            tmux.send("Escape")
            #expect(tmux.waitFor("ST TASK"), "nothing was typed into the clone: Esc closes it at once")

            // Delete: a wrong confirmation sends nothing, the right one exactly one DELETE.
            tmux.send("D")
            #expect(tmux.waitFor("Type \(victim.id.prefix(4))"))
            tmux.type("zzzz")
            tmux.send("Enter")
            #expect(tmux.waitFor("nothing was deleted"))
            #expect(deletes(simulator).isEmpty)
            tmux.send("BSpace", "BSpace", "BSpace", "BSpace")
            tmux.type(String(victim.id.prefix(4)))
            tmux.send("Enter")
            #expect(tmux.waitFor("✓ Deleted \(victim.id.prefix(4))"))
            #expect(deletes(simulator).count == 1)
            #expect(!(try simulator.serverTasks().contains { $0.id == victim.id }))
            screen = tmux.waitFor { !$0.contains(String(victim.id.prefix(4)) + "…") }
            tmux.send("Escape")
            #expect(tmux.waitFor("4 tasks"), "the row is gone")
            tmux.send("q")
            #expect(tmux.exitCode() == 0)
        }

        @Test("f: names pasted into the prompt reach the task in one POST a batch, decoding to what was typed")
        func syncObjects() throws {
            let simulator = try SimulatorProcess(extra: ["--log-requests"])
            defer { simulator.stop() }
            let target = try #require(try simulator.serverTasks().first { $0.description == "nightly logs" })
            let tmux = try TmuxSession(
                [Binary.path, "--config", simulator.configPath], environment: simulator.environment, width: 140, height: 40)
            defer { tmux.close() }
            #expect(tmux.waitFor("SUCCESS 6h"))
            tmux.send("/")
            tmux.type("nightly")
            tmux.send("Enter")
            #expect(tmux.waitFor("1 of 5 tasks"))
            #expect(tmux.waitFor("Sync URL     http://127.0.0.1:\(simulator.port)/v2/\(SimulatorProcess.projectID)/sync-tasks/\(target.id)/events"))
            tmux.send("f")
            #expect(tmux.waitFor("Object names for task \(target.id.prefix(4))"))
            let names = (1...12).map { "logs/2026 12/\($0)+x.gz" }
            for name in names {
                tmux.type(name)
                tmux.send("Enter")
            }
            #expect(tmux.waitFor("12 names in 2 batches"))
            tmux.send("C-s")
            #expect(tmux.waitFor("Send 12 names in 2 batches to task \(target.id.prefix(4))"))
            tmux.send("y")
            #expect(tmux.waitFor("✓ Sent 12 names to \(target.id.prefix(4))"))
            let posts = simulator.requestLog().filter { $0.hasPrefix("POST") && $0.contains("/\(target.id)/events ") }
            #expect(posts.count == 2, "\(posts)")
            let sent = posts.flatMap { line -> [String] in
                guard let open = line.range(of: " names: "), let close = line.range(of: ")", range: open.upperBound..<line.endIndex)
                else { return [] }
                return line[open.upperBound..<close.lowerBound].split(separator: " ").map { PercentEncoding.decode($0, plusAsSpace: true) }
            }
            #expect(sent == names)
            tmux.send("q")
            #expect(tmux.exitCode() == 0)
        }

        @Test("--readonly binds none of n, c, D and f")
        func readOnly() throws {
            let simulator = try SimulatorProcess(extra: ["--tasks", "3", "--log-requests"])
            defer { simulator.stop() }
            let tmux = try TmuxSession(
                [Binary.path, "--config", simulator.configPath, "--readonly"], environment: simulator.environment,
                width: 100, height: 30)
            defer { tmux.close() }
            tmux.waitFor { $0.contains("3 tasks") && TmuxSession.detailTitle($0) != nil }
            tmux.send("n", "c", "D", "f", "a", "C-s", "y")
            usleep(500_000)
            let screen = tmux.screen
            #expect(!screen.contains("New sync task") && !screen.contains("Clone") && !screen.contains("Delete task"))
            #expect(!screen.contains("Sync objects"))
            #expect(creates(simulator).isEmpty && deletes(simulator).isEmpty)
            #expect(!simulator.requestLog().contains { $0.hasPrefix("POST") }, "nothing posted read-only")
            tmux.send("?")
            #expect(tmux.waitFor("read-only: start, stop, create, clone, delete and sync are off"))
            tmux.send("q", "q")
            #expect(tmux.exitCode() == 0)
        }
    }
}
