import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// The config read again by a running exporter and watch: SIGHUP and `POST /-/reload`.
    @Suite("reload end to end: the exporter and watch read their config again")
    struct ReloadEndToEndTests {
        typealias Exporters = ExporterEndToEndTests
        typealias Fleet = FleetEndToEndTests

        /// Rewrites the fleet config at `path` to hold the profiles of `indexes` (tenants of the simulator).
        static func writeProfiles(_ indexes: [Int], to path: String) throws {
            var config = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
            config["profiles"] = indexes.map { index in ["name": name(index), "project_id": Fleet.projectID(index)] }
            let data = try JSONSerialization.data(withJSONObject: config)
            try data.write(to: URL(fileURLWithPath: path + ".new"))
            rename(path + ".new", path)
        }

        static func name(_ index: Int) -> String { "acct-\(String(String(index + 1000).dropFirst()))" }

        /// The profiles with a `oms_exporter_up` sample on a page.
        static func profiles(_ page: String) -> Set<String> {
            Set(page.split(separator: "\n").filter { $0.hasPrefix("oms_exporter_up{") }.compactMap { line in
                line.split(separator: "\"").dropFirst().first.map(String.init)
            })
        }

        /// The task shows (`GET …/sync-tasks/ID?query_time=…`, not its statistics) of a tenant among `lines`.
        static func shows(of index: Int, in lines: ArraySlice<String>) -> Int {
            let prefix = "GET /v2/\(Fleet.projectID(index))/sync-tasks/"
            return lines.count { line in
                guard line.hasPrefix(prefix), let path = line.split(separator: " ")[1].split(separator: "?").first else { return false }
                return !path.dropFirst(prefix.count - 4).contains("/")
            }
        }

        @Test("10 profiles gain 2 and lose 3 on SIGHUP: the 9 at once, the kept 7's series never gone and not loaded again; a broken config through POST /-/reload is 500, the 9 run on and the reload metric is 0")
        func exporterReload() throws {
            let simulator = try SimulatorProcess(extra: ["--tenants", "12", "--tasks", "2", "--log-requests"])
            defer { simulator.stop() }
            let config = try Fleet.fleetConfig(simulator, count: 10)
            let port = SimulatorProcess.freePort()
            let exporter = Exporters.Background(
                [Binary.path, "exporter", "--config", config, "--listen", "127.0.0.1:\(port)", "--web.enable-lifecycle"],
                environment: simulator.environment, log: simulator.directory + "/exporter.log")
            defer { _ = exporter.stop() }
            let metrics = "http://127.0.0.1:\(port)/metrics"
            let before = Set((0..<10).map(Self.name))
            #expect(Exporters.eventually(timeout: 30) {
                let page = Exporters.get(metrics)
                return Self.profiles(page) == before && page.components(separatedBy: "oms_sync_task_info{").count == 21
            }, "10 profiles of 2 tasks: \(exporter.output.suffix(600))")
            let startedAt = Exporters.get(metrics).split(separator: "\n")
                .first { $0.hasPrefix("oms_exporter_config_last_reload_success_timestamp_seconds ") }

            usleep(1_100_000)  // so that the reload's second is not the start's
            let kept = [0, 2, 3, 5, 6, 8, 9], added = [10, 11]
            try Self.writeProfiles(kept + added, to: config)
            let linesBefore = simulator.requestLog().count
            kill(exporter.pid, SIGHUP)
            let after = Set((kept + added).map(Self.name))
            var pages: [String] = []
            let reached = Exporters.eventually(timeout: 15) {
                pages.append(Exporters.get(metrics))
                return Self.profiles(pages.last!) == after && pages.last!.components(separatedBy: "oms_sync_task_info{").count == 19
            }
            #expect(reached, "exactly the 9 within the refresh: \(Self.profiles(pages.last ?? "").sorted()) \(exporter.output.suffix(600))")
            for page in pages {
                for index in kept {
                    #expect(page.contains("oms_sync_task_info{profile=\"\(Self.name(index))\""), "a kept profile's series never vanish")
                }
            }
            #expect(exporter.output.contains("omsdash: config read again: 9 profiles watched, 2 added, 3 removed, 0 with a new connection"))
            let page = Exporters.get(metrics)
            #expect(page.contains("oms_exporter_config_last_reload_successful 1\n"))
            #expect(page.contains("oms_exporter_config_reloads_total{result=\"success\"} 1\n"))
            #expect(!page.contains(startedAt.map(String.init) ?? "-"), "the time of the good reload is the new one")

            usleep(3_000_000)
            let lines = simulator.requestLog().dropFirst(linesBefore)
            for index in kept { #expect(Self.shows(of: index, in: lines) == 0, "\(Self.name(index)) is not loaded again") }
            for index in added { #expect(Self.shows(of: index, in: lines) == 2, "\(Self.name(index))'s two tasks are shown at once") }
            for index in [1, 4, 7] {
                #expect(!lines.dropFirst(20).contains { $0.contains(Fleet.projectID(index)) }, "\(Self.name(index)) is no longer polled")
            }

            try Data("{\"profiles\": [".utf8).write(to: URL(fileURLWithPath: config))
            let refused = Spawn.run(["curl", "-s", "-w", "\n%{http_code}", "-X", "POST", "--max-time", "10", "http://127.0.0.1:\(port)/-/reload"]).output
            #expect(refused.hasSuffix("\n500"), "\(refused)")
            #expect(refused.hasPrefix("config not read again, the last good one runs on: "), "\(refused)")
            let afterBroken = Exporters.get(metrics)
            #expect(afterBroken.contains("oms_exporter_config_last_reload_successful 0\n"))
            #expect(afterBroken.contains("oms_exporter_config_reloads_total{result=\"failure\"} 1\n"))
            #expect(Self.profiles(afterBroken) == after, "the last good config runs on")
            #expect(exporter.output.contains("omsdash: config not read again, the last good one runs on: "))
            let getReload = Spawn.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "http://127.0.0.1:\(port)/-/reload"]).output
            #expect(getReload == "405")
            #expect(exporter.stop() == 0)
        }

        @Test("without --web.enable-lifecycle POST /-/reload is 403 and names the flag")
        func lifecycleOff() throws {
            let directory = Binary.scratchDirectory()
            let port = SimulatorProcess.freePort()
            let exporter = Exporters.Background(
                [Binary.path, "exporter", "--demo", "--listen", "127.0.0.1:\(port)"], log: directory + "/exporter.log")
            defer { _ = exporter.stop() }
            #expect(SimulatorProcess.waitForListener(port: port))
            let answer = Spawn.run(["curl", "-s", "-w", "\n%{http_code}", "-X", "POST", "http://127.0.0.1:\(port)/-/reload"]).output
            #expect(answer == "Lifecycle API is not enabled: start the exporter with --web.enable-lifecycle\n\n403")
        }

        @Test("watch reads its config again on SIGHUP, says what changed, and on a broken one says so and runs on")
        func watchReload() throws {
            let simulator = try SimulatorProcess(extra: ["--tenants", "3"])
            defer { simulator.stop() }
            let config = try Fleet.fleetConfig(simulator, count: 2)
            let watch = Exporters.Background(
                [Binary.path, "watch", "--config", config], environment: simulator.environment, log: simulator.directory + "/watch.log")
            defer { _ = watch.stop() }
            #expect(Exporters.eventually(timeout: 20) { watch.output.contains("watching 10 tasks in acct-000, acct-001") }, "\(watch.output)")
            try Self.writeProfiles([1, 2], to: config)
            kill(watch.pid, SIGHUP)
            #expect(Exporters.eventually(timeout: 10) {
                watch.output.contains("omsdash: config read again: 2 profiles watched, 1 added, 1 removed, 0 with a new connection")
            }, "\(watch.output)")
            try Data("{\"profiles\": 3}".utf8).write(to: URL(fileURLWithPath: config))
            kill(watch.pid, SIGHUP)
            #expect(Exporters.eventually(timeout: 10) { watch.output.contains("omsdash: config not read again, the last good one runs on: ") }, "\(watch.output)")
            #expect(watch.stop() == 0, "still running, and ends cleanly")
        }

        @Test("the dashboard's R reads the config again: a profile in, one out, the kept one's rows stay; a broken config is a notice and the screen runs on")
        func dashboardReload() throws {
            let simulator = try SimulatorProcess(extra: ["--tenants", "3", "--tasks", "2"])
            defer { simulator.stop() }
            let config = try Fleet.fleetConfig(simulator, count: 2)
            let tmux = try TmuxSession([Binary.path, "--config", config], environment: simulator.environment, width: 160, height: 30)
            defer { tmux.close() }
            #expect(tmux.waitFor("4 tasks"))
            try Self.writeProfiles([1, 2], to: config)
            tmux.send("R")
            #expect(tmux.waitFor("config read again: 2 profiles watched, 1 added, 1 removed, 0 with a new connection"))
            let after = tmux.waitFor { $0.contains("acct-002") && !$0.contains("acct-000") }
            #expect(after.contains("acct-002") && after.contains("acct-001") && !after.contains("acct-000"), "\(after)")
            #expect(tmux.waitFor("4 tasks"))
            try Data("{\"profiles\": [".utf8).write(to: URL(fileURLWithPath: config))
            tmux.send("R")
            #expect(tmux.waitFor("config not read again, the last good one runs on"))
            #expect(tmux.screen.contains("acct-002"), "the last good config runs on")
            tmux.send("q")
            #expect(tmux.exitCode() == 0)
        }
    }
}
