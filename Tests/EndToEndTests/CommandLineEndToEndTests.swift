import Foundation
import Testing

extension EndToEnd {
    /// Each subcommand as a real process against the simulator: output and exit codes.
    @Suite("Command line end to end")
    struct CommandLineEndToEndTests {
        @Test("list, show and stats in table, JSON and CSV")
        func reads() throws {
            let simulator = try SimulatorProcess()
            defer { simulator.stop() }
            let table = simulator.omsdash(["list"])
            #expect(table.status == 0)
            #expect(table.output.hasPrefix("TASK ID"))
            #expect(table.output.contains("游戏资源同步 广州"))
            let json = simulator.omsdash(["list", "--format", "json", "--status", "STOPPED"])
            let page = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
            #expect(page["count"] as? Int == 1)
            let task = (page["tasks"] as! [[String: Any]])[0]
            #expect(task["status"] as? String == "STOPPED")
            #expect(task["create_time"] is Int)
            let id = task["sync_task_id"] as! String
            let csv = simulator.omsdash(["list", "--format", "csv"])
            #expect(csv.output.split(separator: "\n").count == 6)
            #expect(csv.output.hasPrefix("TASK ID,STATUS,SOURCE,DESTINATION,DESCRIPTION,LAST START,CREATED"))

            let show = simulator.omsdash(["show", id, "--format", "json"])
            let shown = try JSONSerialization.jsonObject(with: Data(show.output.utf8)) as! [String: Any]
            #expect(shown["monthly_acceptance_request"] is Int)
            #expect(simulator.omsdash(["show", id]).output.contains("monthly_size"))

            let stats = simulator.omsdash(["stats", id, "--window", "30d"])
            #expect(stats.status == 0)
            for type in ["REQUEST", "SUCCESS", "FAILURE", "SKIP", "SIZE"] { #expect(stats.output.contains(type)) }
            #expect(stats.output.contains("1-hour buckets"))
            let csvStats = simulator.omsdash(["stats", id, "--types", "SUCCESS,SIZE", "--window", "1h", "--format", "csv"])
            #expect(csvStats.output.hasPrefix("time_stamp,SUCCESS,SIZE"))
        }

        @Test("start, stop and delete need --yes without a terminal; create reads env: references; a table writes out control characters")
        func writes() throws {
            let simulator = try SimulatorProcess()
            defer { simulator.stop() }
            let running = try #require(try simulator.serverTasks().first { $0.status == "SYNCHRONIZING" })
            let refused = simulator.omsdash(["stop", running.id])
            #expect(refused.status == 2)
            #expect(refused.output.contains("pass --yes"))
            #expect(try simulator.serverStatus(of: running.id) == "SYNCHRONIZING")
            #expect(simulator.omsdash(["stop", running.id, "--yes"]).status == 0)
            #expect(try simulator.serverStatus(of: running.id) == "STOPPED")
            let noKeys = simulator.omsdash(["start", running.id, "--yes"])
            #expect(noKeys.status == 2 && noKeys.output.contains("OMSDASH_SRC_AK"))
            let started = Spawn.run(
                [Binary.path, "start", running.id, "--yes", "--config", simulator.configPath],
                environment: simulator.environment.merging([
                    "OMSDASH_SRC_AK": "DEMOSRCAK00000000001", "OMSDASH_SRC_SK": "demo-source-secret",
                    "OMSDASH_DST_AK": "DEMODSTAK00000000001", "OMSDASH_DST_SK": "demo-destination-secret",
                ]) { $1 })
            #expect(started.status == 0)
            #expect(try simulator.serverStatus(of: running.id) == "SYNCHRONIZING")

            let stopped = try #require(try simulator.serverTasks().first { $0.status == "STOPPED" })
            #expect(simulator.omsdash(["delete", stopped.id, "--yes"]).status == 0)
            // A description that tries every trick: a formula, CSI and OSC sequences, a C1 CSI,
            // a right-to-left override and an isolate, CR LF and a comma (OMS refuses quotes in one).
            let hostile = "=相册\u{1B}[2J\u{1B}]0;t\u{07}\u{9B}31m\u{202E}abc\u{2066}\r\nx,y"
            let shown = #"=相册\u{1B}[2J\u{1B}]0;t\u{7}\u{9B}31m\u{202E}abc\u{2066}\r\nx,y"#
            let file = simulator.directory + "/task.json"
            try #"{"src_cloud_type": "Aliyun", "src_region": "cn-hangzhou", "src_bucket": "photos", "src_ak": "A", "src_sk": "env:NEW_SRC_SK", "dst_ak": "D", "dst_sk": "env:NEW_DST_SK", "dst_region": "cn-east-3", "dst_bucket": "photos-obs", "description": "=相册\u001b[2J\u001b]0;t\u0007\u009b31m\u202eabc\u2066\r\nx,y"}"#
                .write(toFile: file, atomically: true, encoding: .utf8)
            let missing = simulator.omsdash(["create", "--file", file])
            #expect(missing.status == 2 && missing.output.contains("NEW_SRC_SK"))
            let created = Spawn.run(
                [Binary.path, "create", "--file", file, "--format", "json", "--config", simulator.configPath],
                environment: simulator.environment.merging(["NEW_SRC_SK": "s1", "NEW_DST_SK": "s2"]) { $1 })
            #expect(created.status == 0)
            #expect(created.output.contains("sync_task_id"))
            let made = try #require(try simulator.serverTasks().first { $0.description == hostile })
            let raw: [Unicode.Scalar] = ["\u{1B}", "\u{9B}", "\u{202E}", "\u{2066}", "\r"]
            func rawControls(_ text: String) -> Bool { text.unicodeScalars.contains { raw.contains($0) } }
            let table = simulator.omsdash(["list"])
            #expect(table.status == 0 && table.output.contains(shown) && !rawControls(table.output))
            let show = simulator.omsdash(["show", made.id])
            #expect(show.status == 0 && show.output.contains(shown) && !rawControls(show.output))
            // CSV: written out as on a terminal, guarded against formulas, quoted for the comma.
            let csv = simulator.omsdash(["list", "--format", "csv"])
            #expect(csv.status == 0 && !rawControls(csv.output))
            #expect(csv.output.contains(",\"'" + shown + "\","))
            // JSON keeps the exact text, escaped as JSON is.
            let json = simulator.omsdash(["show", made.id, "--format", "json"])
            let decoded = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
            #expect(decoded?["description"] as? String == hostile && !rawControls(json.output))
        }

        @Test("errors: one line on stderr with code and request id; exit 1 for the API, 2 for usage")
        func errors() throws {
            let simulator = try SimulatorProcess()
            defer { simulator.stop() }
            let missing = simulator.omsdash(["show", "no-such-task"])
            #expect(missing.status == 1)
            #expect(missing.output.split(separator: "\n").count == 1)
            #expect(missing.output.contains("OMS.1009") && missing.output.contains("[request "))
            let wrong = Spawn.run([Binary.path, "list", "--config", simulator.configPath], environment: ["E2E_SK": "nope"])
            #expect(wrong.status == 1 && wrong.output.contains("APIGW.0301") && !wrong.output.contains("nope"))
            let badConfig = Spawn.run([Binary.path, "list", "--config", "/nonexistent/config.json"])
            #expect(badConfig.status == 2 && badConfig.output.contains("/nonexistent/config.json"))
            let unreachable = Spawn.run([Binary.path, "list", "--endpoint", "http://127.0.0.1:9", "--region", "cn-north-4",
                                         "--project-id", "p"], environment: ["HUAWEICLOUD_SDK_AK": "a", "HUAWEICLOUD_SDK_SK": "b", "HOME": simulator.directory])
            #expect(unreachable.status == 1 && unreachable.output.contains("cannot reach http://127.0.0.1:9"))
            let usage = simulator.omsdash(["list", "--status", "RUNNING"])
            #expect(usage.status == 2)
            #expect(usage.output.split(separator: "\n").count == 1 && usage.output.contains("--status must be"))
            let noTerminal = Spawn.run([Binary.path, "--demo"])
            #expect(noTerminal.status == 2 && noTerminal.output.contains("needs a terminal"))
        }

        @Test("snapshot prints one frame after the data arrived; help has examples; completions generate")
        func snapshotHelpCompletions() throws {
            let snapshot = Spawn.run([Binary.path, "snapshot", "--demo", "--width", "120", "--height", "30"], environment: ["LANG": "C.UTF-8"])
            #expect(snapshot.status == 0)
            let lines = snapshot.output.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count >= 30)
            #expect(snapshot.output.contains("REQ/MO") && snapshot.output.contains("SUCCESS 6h"))
            #expect(snapshot.output.contains("This month   requested"))
            for command in ["list", "show", "stats", "start", "stop", "delete", "create", "simulator", "snapshot"] {
                let help = Spawn.run([Binary.path, command, "--help"])
                #expect(help.status == 0)
                #expect(help.output.contains("omsdash \(command)"), "\(command) --help has an example")
            }
            let root = Spawn.run([Binary.path, "--help"])
            let flatHelp = root.output.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            #expect(flatHelp.contains("Exit codes: 0 success, 1 the API or the network failed, 2 usage or configuration error"))
            for shell in ["bash", "zsh", "fish"] {
                let script = Spawn.run([Binary.path, "--generate-completion-script", shell])
                #expect(script.status == 0 && script.output.contains("omsdash"))
            }
        }

        @Test("--version names the version of packaging/changelog and the commit the binary was built from")
        func version() throws {
            let root = URL(fileURLWithPath: Binary.repositoryRoot)
            let changelog = try String(contentsOf: root.appendingPathComponent("packaging/changelog"), encoding: .utf8)
            let version = try #require(changelog.firstMatch(of: /^omsdash \(([^)]+)\)/)).1
            let head = Spawn.run(["git", "-C", root.path, "rev-parse", "HEAD"]).output.prefix(12)
            let outcome = Spawn.run([Binary.path, "--version"])
            #expect(outcome.status == 0)
            #expect(outcome.output.hasPrefix("omsdash \(version) (commit \(head)"), "\(outcome.output)")
            #expect(outcome.output.split(separator: "\n").count == 1)
        }
    }
}
