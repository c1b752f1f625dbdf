import Foundation
import Testing

extension EndToEnd {
    /// Many accounts through the real binary: a simulator serving 100 tenants, a dashboard on 100
    /// profiles of 5 tasks.
    @Suite("A fleet of accounts end to end")
    struct FleetEndToEndTests {
        /// Tenant `index`'s project id as the simulator documents it: the first's 28 first digits,
        /// then the index in 4 hex digits, skipping the number the first id ends in (10 here).
        static func projectID(_ index: Int) -> String {
            guard index > 0 else { return SimulatorProcess.projectID }
            let own = Int(SimulatorProcess.projectID.suffix(4), radix: 16) ?? 0
            let hex = String(own > 0 && index >= own ? index + 1 : index, radix: 16)
            return String(SimulatorProcess.projectID.prefix(28)) + String(repeating: "0", count: 4 - hex.count) + hex
        }

        /// A config of `count` profiles, one per tenant of `simulator`, sharing their fields through `defaults`.
        static func fleetConfig(_ simulator: SimulatorProcess, count: Int, extra: [String: Any] = [:]) throws -> String {
            let base = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: simulator.configPath))) as! [String: Any]
            var one = (base["profiles"] as! [[String: Any]])[0]
            let profiles = (0..<count).map { index in
                ["name": "acct-\(String(String(index + 1000).dropFirst()))", "project_id": projectID(index)]
            }
            one["name"] = nil
            one["project_id"] = nil
            var config: [String: Any] = ["defaults": one, "profiles": profiles, "refresh_seconds": 5]
            config.merge(extra) { _, new in new }
            let path = simulator.directory + "/fleet.json"
            try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: path))
            return path
        }

        @Test("a profile whose project cannot be discovered starts unhealthy, named in the banner, while the others are live")
        func undiscoverable() throws {
            let simulator = try SimulatorProcess(extra: ["--tenants", "4"])
            defer { simulator.stop() }
            let path = try Self.fleetConfig(simulator, count: 4)
            var config = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
            var profiles = config["profiles"] as! [[String: Any]]
            profiles.append(["name": "lost", "iam_endpoint": "http://127.0.0.1:9"])
            config["profiles"] = profiles
            try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: path))
            let tmux = try TmuxSession([Binary.path, "--config", path], environment: simulator.environment, width: 140, height: 30)
            defer { tmux.close() }
            #expect(tmux.waitFor("4 live · 1 failing"))
            #expect(tmux.waitFor("20 tasks"))
            #expect(tmux.waitFor(timeout: 60) { $0.contains("no answer from lost") }.contains("no answer from lost"))
            tmux.send("q")
            #expect(tmux.exitCode() == 0)
        }

        @Test("100 profiles × 5 tasks at 20 ms a request: the table full within seconds, every profile live, then within the ceiling")
        func hundredProfiles() throws {
            let simulator = try SimulatorProcess(extra: ["--tenants", "100", "--latency-ms", "20", "--log-requests"])
            defer { simulator.stop() }
            let config = try Self.fleetConfig(simulator, count: 100)
            let started = Date()
            let tmux = try TmuxSession([Binary.path, "--config", config], environment: simulator.environment, width: 140, height: 40)
            defer { tmux.close() }
            let full = tmux.waitFor(timeout: 20) { $0.contains("500 tasks") && $0.contains("100 live") }
            let seconds = Date().timeIntervalSince(started)
            #expect(full.contains("500 tasks") && full.contains("100 live"), "\(full)")
            #expect(seconds < 5, "the full table took \(seconds) s")
            #expect(full.contains("PROFILE") && full.contains("acct-000"))
            print("fleet: 100 profiles × 5 tasks on screen in \(String(format: "%.1f", seconds)) s")

            tmux.send("/")
            tmux.type("profile:acct-042")
            #expect(tmux.waitFor("5 of 500 tasks"))
            tmux.send("Escape")

            usleep(30_000_000)
            let before = simulator.requestLog().count
            usleep(60_000_000)
            let minute = simulator.requestLog().count - before
            #expect(minute <= 600, "\(minute) requests in a minute")
            #expect(minute > 100, "every profile is still polled: \(minute)")
            tmux.send("q")
            #expect(tmux.exitCode() == 0)
        }
    }
}
