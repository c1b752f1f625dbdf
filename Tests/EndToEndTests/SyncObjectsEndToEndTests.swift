import Foundation
import OMSCore
import Testing

extension EndToEnd {
    /// `omsdash sync-objects` as a process against the simulator: batches, exact names, failures, exit codes.
    @Suite("sync-objects end to end")
    struct SyncObjectsEndToEndTests {
        /// 25 names with spaces, +, /, % and Chinese, one a line, with an empty line among them.
        static let names: [String] = (1...25).map { n in
            switch n % 5 {
            case 0: "photos/2026 年/猫 \(n).jpg"
            case 1: "logs/a+b/\(n).gz"
            case 2: "100% done \(n)"
            case 3: "dir with spaces/file \(n).txt"
            default: "plain-\(n)"
            }
        }

        func writeNames(_ simulator: SimulatorProcess) throws -> String {
            let path = simulator.directory + "/names.txt"
            let text = Self.names.prefix(12).joined(separator: "\n") + "\n\n" + Self.names.dropFirst(12).joined(separator: "\n") + "\n"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }

        /// The events POSTs in the simulator's log, each as the names it carried, decoded.
        func posts(_ simulator: SimulatorProcess) -> [[String]] {
            simulator.requestLog().filter { $0.hasPrefix("POST") && $0.contains("/events ") }.map { line in
                guard let open = line.range(of: " names: ") ?? line.range(of: " name: "), let close = line.range(of: ")", range: open.upperBound..<line.endIndex)
                else { return [] }
                return line[open.upperBound..<close.lowerBound].split(separator: " ").map { PercentEncoding.decode($0, plusAsSpace: true) }
            }
        }

        func task(_ simulator: SimulatorProcess, _ status: String) throws -> String {
            try #require(try simulator.serverTasks().first { $0.status == status }).id
        }

        @Test("25 names from a file arrive as 3 POSTs of 10, 10 and 5, decoding back to the file's names in order")
        func batches() throws {
            let simulator = try SimulatorProcess(extra: ["--log-requests"])
            defer { simulator.stop() }
            let id = try task(simulator, "SYNCHRONIZING")
            let outcome = simulator.omsdash(["sync-objects", id, "--from-file", try writeNames(simulator), "--rate", "20"])
            #expect(outcome.status == 0, "\(outcome.output)")
            #expect(outcome.output.contains("sent 25 names in 3 batches to task \(id)"))
            let posts = posts(simulator)
            #expect(posts.map(\.count) == [10, 10, 5])
            #expect(posts.flatMap { $0 } == Self.names)
        }

        @Test("standard input and --format json: one object with the URL, the batches and no failure")
        func standardInputAsJSON() throws {
            let simulator = try SimulatorProcess(extra: ["--log-requests"])
            defer { simulator.stop() }
            let id = try task(simulator, "SYNCHRONIZING")
            let outcome = Spawn.run(
                ["sh", "-c", "\"$0\" sync-objects \"$1\" --from-file - --format json --config \"$2\" < \"$3\"", Binary.path, id,
                 simulator.configPath, try writeNames(simulator)],
                environment: simulator.environment)
            #expect(outcome.status == 0, "\(outcome.output)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
            #expect(report["task_id"] as? String == id)
            #expect((report["sync_url"] as? String)?.hasSuffix("/sync-tasks/\(id)/events") == true)
            let batches = try #require(report["batches"] as? [[String: Any]])
            #expect(batches.map { ($0["names"] as? [String])?.count } == [10, 10, 5])
            #expect(batches.flatMap { $0["names"] as? [String] ?? [] } == Self.names)
            #expect((batches[0]["object_keys"] as? [String])?[0] == PercentEncoding.formEncode(Self.names[0]))
            #expect(report["failure"] is NSNull)
            #expect(posts(simulator).count == 3)
        }

        @Test("a stopped task: exit 1 after exactly one POST, nothing claimed as sent")
        func stoppedTask() throws {
            let simulator = try SimulatorProcess(extra: ["--log-requests"])
            defer { simulator.stop() }
            let outcome = simulator.omsdash(["sync-objects", try task(simulator, "STOPPED"), "--from-file", try writeNames(simulator)])
            #expect(outcome.status == 1)
            #expect(outcome.output.contains("OMS.0071") && outcome.output.contains("nothing was sent"), "\(outcome.output)")
            #expect(posts(simulator).count == 1)
        }

        @Test("the second batch fails: it stops there with the resume hint and sends no third batch")
        func failureInTheSecondBatch() throws {
            let simulator = try SimulatorProcess(extra: ["--log-requests"])
            defer { simulator.stop() }
            let id = try task(simulator, "SYNCHRONIZING")
            let output = simulator.directory + "/sync.out"
            let process = Spawn.start(
                [Binary.path, "sync-objects", id, "--from-file", try writeNames(simulator), "--rate", "0.5", "--config", simulator.configPath],
                environment: simulator.environment, outputPath: output)
            let deadline = Date().addingTimeInterval(10)
            while posts(simulator).isEmpty, Date() < deadline { usleep(20_000) }
            #expect(simulator.omsdash(["stop", id, "--yes"]).status == 0, "the task stops between the first and second batch")
            let status = Spawn.wait(process)
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            #expect(status == 1, "\(text)")
            #expect(text.contains("batch 2 (names 11–20) failed"), "\(text)")
            #expect(text.contains("sent names 1–10 in 1 batch, not names 11–25: run the same command with --skip 10"), "\(text)")
            #expect(posts(simulator).map(\.count) == [10, 10], "no third batch")
        }

        @Test("bad input sends nothing and exits 2: a missing file, no names, an empty name, a name too long, bad encoding")
        func badInput() throws {
            let simulator = try SimulatorProcess(extra: ["--log-requests"])
            defer { simulator.stop() }
            let id = try task(simulator, "SYNCHRONIZING")
            let long = simulator.directory + "/long.txt"
            try ("fine\n" + String(repeating: "路", count: 5_000) + "\n").write(toFile: long, atomically: true, encoding: .utf8)
            let longer = simulator.directory + "/longer.txt"
            try ("fine\r\n\r\nfine too\r\n" + String(repeating: "x", count: 20_000) + "\r\n").write(toFile: longer, atomically: true, encoding: .utf8)
            let empty = simulator.directory + "/empty.txt"
            try "\n\n".write(toFile: empty, atomically: true, encoding: .utf8)
            let cases: [([String], String)] = [
                (["--from-file", simulator.directory + "/missing.txt"], "cannot read"),
                (["--from-file", empty], "no names to send"),
                ([""], "name 1: an empty name"),
                (["--from-file", long], "line 2: a name of 45000 characters once encoded, over the API's 16384"),
                (["--from-file", longer], "line 4: a line of 20000 bytes, longer than any name the API takes"),
                (["--encoded", "bad%zz"], "not URL-encoded"),
                (["a", "--from-file", empty], "not both"),
            ]
            for (arguments, message) in cases {
                let outcome = simulator.omsdash(["sync-objects", id] + arguments)
                #expect(outcome.status == 2, "\(arguments): \(outcome.output)")
                #expect(outcome.output.contains(message), "\(arguments): \(outcome.output)")
                #expect(outcome.output.split(separator: "\n").count == 1, "one line: \(outcome.output)")
            }
            #expect(posts(simulator).isEmpty, "nothing was sent")
        }

        @Test("on a terminal: a progress bar on standard error; SIGINT stops between batches with the resume hint, exit 130")
        func progressAndInterrupt() throws {
            let simulator = try SimulatorProcess(extra: ["--log-requests"])
            defer { simulator.stop() }
            let id = try task(simulator, "SYNCHRONIZING")
            let path = simulator.directory + "/many.txt"
            try (1...300).map { "object \($0)" }.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let tmux = try TmuxSession(
                [Binary.path, "sync-objects", id, "--from-file", path, "--rate", "4", "--config", simulator.configPath],
                environment: simulator.environment, width: 100, height: 10)
            defer { tmux.close() }
            let bar = tmux.waitFor { $0.contains("/300 names · ") && $0.contains(" left") }
            #expect(bar.contains("█") && bar.contains("░"), "\(bar)")
            // SIGINT to omsdash alone, as Ctrl-C in an interactive shell is (tmux's C-c would also
            // reach the pane's non-interactive sh, which ends the session).
            #expect(Spawn.run(["pkill", "-INT", "-f", "sync-objects \(id)"]).status == 0)
            #expect(tmux.exitCode() == 130)
            let screen = tmux.screen.replacingOccurrences(of: "\n", with: "")
            let sent = posts(simulator).count
            #expect(sent > 0 && sent < 30, "stopped early: \(sent) batches")
            #expect(screen.contains("omsdash: interrupted: sent names 1–\(sent * 10) in \(sent) batch"), "\(screen)")
            #expect(screen.contains("--skip \(sent * 10)"), "\(screen)")
        }

        @Test("--dry-run prints the batches as they would be sent and sends nothing")
        func dryRun() throws {
            let simulator = try SimulatorProcess(extra: ["--log-requests"])
            defer { simulator.stop() }
            let outcome = simulator.omsdash(["sync-objects", "any-task", "--from-file", try writeNames(simulator), "--dry-run", "--skip", "5"])
            #expect(outcome.status == 0)
            let lines = outcome.output.split(separator: "\n")
            #expect(lines.count == 3 && lines[0].hasPrefix("batch 1: ") && lines[2] == "would send 20 names in 2 batches to task any-task")
            #expect(lines[0].split(separator: " ").count == 12, "10 names, each encoded without spaces")
            #expect(lines[0].contains(PercentEncoding.formEncode(Self.names[5])))
            #expect(posts(simulator).isEmpty)
        }
    }
}
