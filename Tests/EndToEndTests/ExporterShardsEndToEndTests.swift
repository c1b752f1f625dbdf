import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension EndToEndOverMinutes {
    /// Several exporters sharing an organization's profiles, and the probes Kubernetes asks.
    @Suite("exporter end to end: shards and probes")
    struct ExporterShardsEndToEndTests {
        typealias Exporters = EndToEnd.ExporterEndToEndTests

        /// An organization of 50 member accounts in 2 regions, one task each: 100 profiles and
        /// the management key's. 20 s in, tenant-0001 and tenant-0002 leave, and tenant-0051 and
        /// tenant-0052 join.
        static func simulator() throws -> SimulatorProcess {
            try SimulatorProcess(extra: [
                "--tenants", "53", "--tasks", "1", "--regions", "cn-north-4,cn-east-3", "--org-join", "2", "--org-leave", "2",
                "--org-change-after", "20",
            ])
        }

        static func exporter(_ simulator: SimulatorProcess, config: String, port: Int, shard: [String]) -> Exporters.Background {
            Exporters.Background(
                [Binary.path, "exporter", "--config", config, "--listen", "127.0.0.1:\(port)", "--max-rpm", "300"] + shard,
                environment: simulator.environment, log: simulator.directory + "/exporter-\(port).log")
        }

        /// The profiles of `job`'s `oms_exporter_up`, each with how many of its targets expose it.
        static func profiles(_ prometheus: Int, job: String) throws -> [String: String] {
            let samples = try Exporters.query(prometheus, #"count by (profile) (oms_exporter_up{job="\#(job)"})"#)
            return Dictionary(samples.map { ($0.labels["profile"] ?? "", $0.value) }, uniquingKeysWith: { first, _ in first })
        }

        @Test("three shards scraped by one Prometheus hold exactly one unsharded exporter's profiles and tasks, through accounts joining and leaving")
        func shardsPartitionTheFleet() throws {
            let simulator = try Self.simulator()
            defer { simulator.stop() }
            let config = try OrganizationEndToEndTests.writeConfig(simulator)
            let wholePort = SimulatorProcess.freePort()
            let shardPorts = (0..<3).map { _ in SimulatorProcess.freePort() }
            let whole = Self.exporter(simulator, config: config, port: wholePort, shard: [])
            defer { _ = whole.stop() }
            let shards = shardPorts.enumerated().map { index, port in
                Self.exporter(simulator, config: config, port: port, shard: ["--shard", String(index), "--total-shards", "3"])
            }
            defer { for shard in shards { _ = shard.stop() } }
            let (prometheus, prometheusPort) = try Exporters.startPrometheus(
                in: simulator.directory, jobs: [("whole", [wholePort]), ("sharded", shardPorts)])
            defer { _ = prometheus.stop() }

            let shardInfo = try Exporters.eventually(timeout: 30) {
                try Exporters.query(prometheusPort, #"oms_exporter_shard_info{job="sharded"}"#).count == 3
            }
            #expect(shardInfo, "each shard says which it is: \(prometheus.output.suffix(400))")
            let info = try Exporters.query(prometheusPort, #"oms_exporter_shard_info{job="sharded"}"#)
            #expect(Set(info.map { $0.labels["shard"] ?? "" }) == ["0", "1", "2"])
            #expect(try Exporters.query(prometheusPort, #"oms_exporter_total_shards{job="sharded"}"#).allSatisfy { $0.value == "3" })

            // Before the change: 100 members' profiles and the management key's.
            var (wholeProfiles, shardedProfiles) = ([String: String](), [String: String]())
            let before = try Exporters.eventually(timeout: 40) {
                (wholeProfiles, shardedProfiles) = (try Self.profiles(prometheusPort, job: "whole"), try Self.profiles(prometheusPort, job: "sharded"))
                return wholeProfiles.count == 101 && shardedProfiles.count == 101
            }
            #expect(before, "whole \(wholeProfiles.count), shards \(shardedProfiles.count)")
            #expect(Set(shardedProfiles.keys) == Set(wholeProfiles.keys))
            #expect(shardedProfiles.values.allSatisfy { $0 == "1" }, "no profile is in two shards")
            for (index, port) in shardPorts.enumerated() {
                let own = Exporters.get("http://127.0.0.1:\(port)/metrics").split(separator: "\n").filter { $0.hasPrefix("oms_exporter_up{") }
                #expect((20...50).contains(own.count), "shard \(index) watches a fair share: \(own.count) of 101")
            }

            // After the change and each exporter's next listing of each region: the leavers gone and
            // the joiners in, in one shard each. The exporters list on their own clocks, so wait
            // for both to reach the same fleet.
            let members = (3...52).flatMap { n in ["cn-north-4", "cn-east-3"].map { String(format: "tenant-%04d/", n) + $0 } }
            let changed = Set(members + ["mgmt"])
            let after = try Exporters.eventually(timeout: 60) {
                (wholeProfiles, shardedProfiles) = (try Self.profiles(prometheusPort, job: "whole"), try Self.profiles(prometheusPort, job: "sharded"))
                return Set(wholeProfiles.keys) == changed && Set(shardedProfiles.keys) == changed
            }
            #expect(after, "joiners and leavers followed: whole \(Set(wholeProfiles.keys).symmetricDifference(changed).sorted()), shards \(Set(shardedProfiles.keys).symmetricDifference(changed).sorted())")
            #expect(shardedProfiles.values.allSatisfy { $0 == "1" }, "no profile is in two shards")

            // The tasks: the union of the shards' series is the unsharded exporter's.
            let taskQuery = { (job: String) in
                try Exporters.query(prometheusPort, #"oms_sync_task_info{job="\#(job)"}"#).map { "\($0.labels["profile"] ?? "")/\($0.labels["task_id"] ?? "")" }
            }
            var (wholeTasks, shardedTasks) = ([String](), [String]())
            let tasksEqual = try Exporters.eventually(timeout: 30) {
                (wholeTasks, shardedTasks) = (try taskQuery("whole"), try taskQuery("sharded"))
                return wholeTasks.count >= 100 && Set(wholeTasks) == Set(shardedTasks) && shardedTasks.count == Set(shardedTasks).count
            }
            #expect(tasksEqual, "tasks: whole \(wholeTasks.count), shards \(shardedTasks.count)")
        }

        @Test("/-/healthy answers at once; /-/ready is 503 until the slow first load is done, then 200")
        func probes() throws {
            let simulator = try SimulatorProcess(extra: ["--latency-ms", "4000"])
            defer { simulator.stop() }
            let port = SimulatorProcess.freePort()
            let exporter = Exporters.Background(
                [Binary.path, "exporter", "--config", simulator.configPath, "--listen", "127.0.0.1:\(port)"],
                environment: simulator.environment, log: simulator.directory + "/exporter.log")
            defer { _ = exporter.stop() }
            #expect(SimulatorProcess.waitForListener(port: port))
            let status = { (path: String) in
                Spawn.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "5", "http://127.0.0.1:\(port)\(path)"]).output
            }
            #expect(status("/-/healthy") == "200")
            #expect(status("/-/ready") == "503", "the first list answers after 4 s")
            #expect(Exporters.get("http://127.0.0.1:\(port)/-/ready") == "omsdash exporter is not ready: the first load is not done (profiles left: 1).\n")
            #expect(Exporters.get("http://127.0.0.1:\(port)/metrics").contains("oms_exporter_ready 0\n"))
            let ready = Exporters.eventually(timeout: 20) { status("/-/ready") == "200" }
            #expect(ready, "\(exporter.output)")
            #expect(Exporters.get("http://127.0.0.1:\(port)/metrics").contains("oms_exporter_ready 1\n"))
            #expect(Exporters.get("http://127.0.0.1:\(port)/metrics").contains(#"oms_sync_task_info{profile="e2e""#))
            #expect(status("/-/nothing") == "404")
        }
    }
}
