import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// `omsdash watch` as a process: JSON lines, exit codes, signals, and the alert hook.
    @Suite("watch and the alert hook, end to end")
    struct WatchEndToEndTests {
        /// A started `omsdash watch` with its output in a file.
        struct Watcher {
            let pid: pid_t
            let outputPath: String

            var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

            func waitFor(timeout: Double = 30, _ condition: (String) -> Bool) -> String {
                let deadline = Date().addingTimeInterval(timeout)
                while Date() < deadline {
                    if condition(output) { return output }
                    usleep(100_000)
                }
                return output
            }

            /// Sends `signal` and returns the exit status.
            func stop(_ signal: Int32) -> Int32 {
                kill(pid, signal)
                var status: Int32 = 0
                waitpid(pid, &status, 0)
                return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            }
        }

        func startWatch(_ simulator: SimulatorProcess, _ arguments: [String]) -> Watcher {
            let path = simulator.directory + "/watch-\(UUID().uuidString).out"
            let pid = Spawn.start(
                [Binary.path, "watch", "--config", simulator.configPath] + arguments, environment: simulator.environment,
                outputPath: path)
            return Watcher(pid: pid, outputPath: path)
        }

        func jsonLines(_ text: String) -> [[String: Any]] {
            text.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }

        @Test("a task stopped from outside is one JSON line with every field; SIGTERM and SIGINT end it with 0")
        func jsonLinesAndSignals() throws {
            let simulator = try SimulatorProcess(extra: ["--stop-after", "2"], config: ["alerts": ["failure_burst": ["enabled": false]]])
            defer { simulator.stop() }
            let watcher = startWatch(simulator, ["--format", "json"])
            let output = watcher.waitFor { $0.contains("task_stopped") }
            let event = try #require(jsonLines(output).first { $0["rule"] as? String == "task_stopped" })
            #expect(event["state"] as? String == "firing")
            #expect(event["severity"] as? String == "warning")
            #expect(event["profile"] as? String == "e2e")
            #expect((event["task_id"] as? String)?.count == 36)
            #expect((event["message"] as? String)?.contains("stopped outside this omsdash") == true)
            let time = try #require(event["time"] as? String)
            #expect(time.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
            #expect(watcher.stop(SIGTERM) == 0)
            #expect(!output.contains(SimulatorProcess.secretKey))

            let again = startWatch(simulator, [])
            _ = again.waitFor { $0.contains("watching") }
            #expect(again.stop(SIGINT) == 0)
        }

        @Test("--once: 3 with a failure burst, 0 in a calm world, 3 with api_unhealthy when the SK is wrong")
        func once() throws {
            let burst = try SimulatorProcess(extra: ["--failure-burst"])
            defer { burst.stop() }
            let found = burst.omsdash(["watch", "--once"])
            #expect(found.status == 3)
            #expect(found.output.contains("firing   warning  failure_burst e2e/"))
            #expect(found.output.contains("failed") && found.output.contains("threshold 5%"))

            let calm = try SimulatorProcess(config: ["alerts": ["failure_burst": ["enabled": false]]])
            defer { calm.stop() }
            let quiet = calm.omsdash(["watch", "--once", "--format", "json"])
            #expect(quiet.status == 0)
            #expect(quiet.output.isEmpty)

            let refused = Spawn.run(
                [Binary.path, "watch", "--once", "--format", "json", "--config", calm.configPath],
                environment: calm.environment.merging(["E2E_SK": "wrong-secret-key-000000000000000000000000"]) { _, new in new })
            #expect(refused.status == 3)
            let event = try #require(jsonLines(refused.output).first)
            #expect(event["rule"] as? String == "api_unhealthy")
            #expect(event["severity"] as? String == "critical")
            #expect(event["task_id"] == nil)
            #expect(!refused.output.contains("wrong-secret-key"))
        }

        @Test("alerts.command gets each event as JSON on stdin, and no secret in its environment")
        func hookReceivesEvents() throws {
            let scratch = Binary.scratchDirectory()
            let script = scratch + "/hook.sh"
            try "#!/bin/sh\ncat >> \(scratch)/events.jsonl\necho >> \(scratch)/events.jsonl\nenv >> \(scratch)/env.txt\n"
                .write(toFile: script, atomically: true, encoding: .utf8)
            chmod(script, 0o755)
            let simulator = try SimulatorProcess(
                extra: ["--stop-after", "2"], config: ["alerts": ["command": [script], "failure_burst": ["enabled": false]]])
            defer { simulator.stop() }
            let watcher = startWatch(simulator, [])
            _ = watcher.waitFor { $0.contains("task_stopped") }
            let deadline = Date().addingTimeInterval(10)
            var received = ""
            while Date() < deadline, !received.contains("task_stopped") {
                usleep(100_000)
                received = (try? String(contentsOfFile: scratch + "/events.jsonl", encoding: .utf8)) ?? ""
            }
            #expect(watcher.stop(SIGTERM) == 0)
            let event = try #require(jsonLines(received).first)
            #expect(event["rule"] as? String == "task_stopped")
            #expect(event["state"] as? String == "firing")
            let environment = (try? String(contentsOfFile: scratch + "/env.txt", encoding: .utf8)) ?? ""
            #expect(environment.contains("PATH="))
            #expect(!environment.contains("E2E_SK") && !environment.contains(SimulatorProcess.secretKey))
        }
    }
}
