import Foundation
import OMSCore
import Testing

extension EndToEnd {
    /// The failed objects of a task, read from the simulator's buckets by the real binary: the
    /// dashboard's view in tmux, and `omsdash failed`.
    @Suite("Failed objects end to end")
    struct FailedObjectsEndToEndTests {
        /// The names of the events POSTs in the simulator's log, each POST's names decoded.
        func posts(_ simulator: SimulatorProcess) -> [[String]] {
            SyncObjectsEndToEndTests().posts(simulator)
        }

        /// A synchronizing task and another, after the first (the one a large list goes to when asked for).
        func tasks(_ simulator: SimulatorProcess) throws -> (synchronizing: (id: String, description: String), other: (id: String, description: String)) {
            let tasks = try simulator.serverTasks().dropFirst()
            let synchronizing = try #require(tasks.first { $0.status == "SYNCHRONIZING" })
            let other = try #require(tasks.first { $0.id != synchronizing.id })
            return ((synchronizing.id, synchronizing.description), (other.id, other.description))
        }

        @Test("F opens a task's failed objects; three marked with Space and re-driven arrive as exactly one POST of those three")
        func markThreeAndRedrive() throws {
            let first = try SimulatorProcess()
            let (task, other) = try tasks(first)
            let denied = try #require(try JSONSerialization.jsonObject(with: Data(first.omsdash(["show", other.id, "--format", "json"]).output.utf8))
                as? [String: Any])["dst_bucket"] as? String
            first.stop()
            let simulator = try SimulatorProcess(extra: ["--log-requests", "--deny-bucket", try #require(denied)])
            defer { simulator.stop() }
            let listed = simulator.omsdash(["failed", task.id, "--format", "json", "--limit", "3"])
            #expect(listed.status == 0, "\(listed.output)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any])
            let firstThree = try #require(report["objects"] as? [[String: Any]]).compactMap { $0["name"] as? String }
            #expect(firstThree.count == 3)

            let tmux = try TmuxSession([Binary.path, "--config", simulator.configPath], environment: simulator.environment, width: 160, height: 45)
            defer { tmux.close() }
            #expect(tmux.waitFor(String(task.id.prefix(4))))
            tmux.send("/")
            tmux.type(String(task.id.prefix(8)))
            tmux.send("Enter")
            tmux.send("F")
            let opened = tmux.waitFor { $0.contains("failed in") && $0.contains("lists, the newest written") }
            #expect(opened.contains("Failed objects of task \(task.id.prefix(4))…"), "\(opened)")
            tmux.send("Space", "Space", "Space")
            #expect(tmux.waitFor("· 3 marked"))
            tmux.send("f")
            #expect(tmux.waitFor("Send 3 names in 1 batch to task"))
            #expect(posts(simulator).isEmpty, "nothing is sent before the yes")
            tmux.send("y")
            #expect(tmux.waitFor("Sent 3 names to"))
            let sent = posts(simulator)
            #expect(sent.count == 1 && sent.first == firstThree, "one POST with the three names marked: \(sent)")
            #expect(tmux.waitFor("Failed objects of task"), "back on the list")

            // Another task's bucket refuses the key: the view says so in one line, and the dashboard goes on.
            tmux.send("Escape")
            tmux.send("Escape")
            tmux.send("/")
            tmux.type(String(other.id.prefix(8)))
            tmux.send("Enter")
            tmux.send("F")
            let refused = tmux.waitFor { $0.contains("obs:bucket:ListBucket") }
            #expect(refused.contains("OBS does not let") && refused.contains("read bucket \(denied!)") && refused.contains("AccessDenied"), "\(refused)")
            #expect(!refused.contains(SimulatorProcess.secretKey))
            tmux.send("Escape")
            #expect(!tmux.waitFor { !$0.contains("Failed objects of task") }.contains("Failed objects of task"))
        }

        @Test("omsdash failed: the counts and the objects as a table; a bad glob is exit 2; --subtask reads that run's lists alone, and names the runs when none matches")
        func command() throws {
            let simulator = try SimulatorProcess()
            defer { simulator.stop() }
            let (task, _) = try tasks(simulator)
            let table = simulator.omsdash(["failed", task.id, "--limit", "5"])
            #expect(table.status == 0, "\(table.output)")
            #expect(table.output.contains(" failed objects in ") && table.output.contains("ERROR CODE") && table.output.contains("OBJECT"))
            #expect(table.output.contains("the first 5 of "))
            let ignored = simulator.omsdash(["failed", task.id, "--ignored", "--format", "csv"])
            #expect(ignored.status == 0 && ignored.output.hasPrefix("OBJECT,REASON,ERROR CODE,TIME,LIST,LINE"), "\(ignored.output.prefix(200))")
            let bad = simulator.omsdash(["failed", task.id, "--reason", "[a-"])
            #expect(bad.status == 2 && bad.output.contains("--reason takes a glob"))

            func subtasks(_ arguments: [String]) throws -> [String] {
                let answer = simulator.omsdash(["failed", task.id, "--format", "json"] + arguments)
                let object = try JSONSerialization.jsonObject(with: Data(answer.output.utf8)) as? [String: Any]
                return (object?["lists"] as? [[String: Any]] ?? []).compactMap { $0["subtask"] as? String }
            }
            let every = try subtasks([])
            let first = try #require(every.first, "the task has lists")
            let one = try subtasks(["--subtask", first])
            #expect(!one.isEmpty && one.allSatisfy { $0 == first } && one.count == every.filter { $0 == first }.count)
            let none = simulator.omsdash(["failed", task.id, "--subtask", "no-such-run*"])
            #expect(none.status == 0 && none.output.contains("subtask matching --subtask") && none.output.contains(first), "\(none.output)")
        }
    }
}
