import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// `omsdash exporter` scraped by a real Prometheus server (Debian's package) on loopback.
    @Suite("exporter end to end, with Prometheus")
    struct ExporterEndToEndTests {
        /// A program started in the background, its output in a file.
        struct Background {
            let pid: pid_t
            let log: String

            init(_ arguments: [String], environment: [String: String] = [:], log: String) {
                pid = Spawn.start(arguments, environment: environment, outputPath: log)
                self.log = log
            }

            var output: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

            func stop() -> Int32 {
                kill(pid, SIGTERM)
                var status: Int32 = 0
                waitpid(pid, &status, 0)
                return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            }
        }

        static func get(_ url: String) -> String {
            Spawn.run(["curl", "-s", "--max-time", "5", url]).output
        }

        /// Polls `condition` every 300 ms until it holds or `timeout` passes; returns whether it held.
        static func eventually(timeout: Double, _ condition: () throws -> Bool) rethrows -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if try condition() { return true }
                usleep(300_000)
            }
            return try condition()
        }

        /// The samples of a PromQL query: labels and value.
        static func query(_ prometheus: Int, _ promql: String) throws -> [(labels: [String: String], value: String)] {
            let encoded = promql.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? promql
            let text = get("http://127.0.0.1:\(prometheus)/api/v1/query?query=\(encoded)")
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                let data = object["data"] as? [String: Any], let result = data["result"] as? [[String: Any]]
            else { return [] }
            return result.map { sample in
                ((sample["metric"] as? [String: String]) ?? [:], ((sample["value"] as? [Any])?.last as? String) ?? "")
            }
        }

        /// A Prometheus server on a free port that scrapes `jobs` (each a name and its targets)
        /// every second and evaluates `ruleFiles`; its files in `directory`.
        static func startPrometheus(in directory: String, jobs: [(name: String, targets: [Int])], ruleFiles: [String] = [])
            throws -> (server: Background, port: Int)
        {
            let scrapes = jobs.map { job in
                let targets = job.targets.map { "\"127.0.0.1:\($0)\"" }.joined(separator: ", ")
                return "  - job_name: \(job.name)\n    static_configs: [{targets: [\(targets)]}]"
            }
            return try startPrometheus(in: directory, scrapeConfigs: scrapes.joined(separator: "\n"), ruleFiles: ruleFiles)
        }

        /// A Prometheus server on a free port with `scrapeConfigs` (YAML list items, indented two
        /// spaces) scraped every second.
        static func startPrometheus(in directory: String, scrapeConfigs: String, ruleFiles: [String] = [])
            throws -> (server: Background, port: Int)
        {
            let port = SimulatorProcess.freePort()
            let config = directory + "/prometheus.yml"
            let rules = ruleFiles.map { "\"\($0)\"" }.joined(separator: ", ")
            try """
                global: {scrape_interval: 1s, evaluation_interval: 1s}
                rule_files: [\(rules)]
                scrape_configs:
                \(scrapeConfigs)
                """.write(toFile: config, atomically: true, encoding: .utf8)
            let server = Background(
                ["prometheus", "--config.file=\(config)", "--storage.tsdb.path=\(directory)/tsdb", "--web.listen-address=127.0.0.1:\(port)"],
                log: directory + "/prometheus.log")
            return (server, port)
        }

        func startExporter(_ simulator: SimulatorProcess, port: Int, environment: [String: String]? = nil) -> Background {
            Background(
                [Binary.path, "exporter", "--config", simulator.configPath, "--listen", "127.0.0.1:\(port)", "--max-rpm", "300"],
                environment: environment ?? simulator.environment, log: simulator.directory + "/exporter-\(port).log")
        }

        @Test("Prometheus scrapes every task's counters as `show` reports them, and sees a stop within a few scrapes")
        func scrapedByPrometheus() throws {
            let simulator = try SimulatorProcess(config: ["alerts": ["failure_burst": ["enabled": false]]])
            defer { simulator.stop() }
            let exporterPort = SimulatorProcess.freePort()
            let exporter = startExporter(simulator, port: exporterPort)
            defer { _ = exporter.stop() }
            let (prometheus, prometheusPort) = try Self.startPrometheus(in: simulator.directory, jobs: [("omsdash", [exporterPort])])
            defer { _ = prometheus.stop() }

            let tasks = try simulator.serverTasks()
            #expect(tasks.count == 5)
            let loaded = try Self.eventually(timeout: 30) {
                try Self.query(prometheusPort, "oms_sync_task_requests_total").count == tasks.count
            }
            #expect(loaded, "every task's counter reached Prometheus: \(prometheus.output.suffix(500))")

            let stopped = try #require(tasks.first { $0.status == "SYNCHRONIZING" })
            for task in tasks where task.status == "SYNCHRONIZING" {
                #expect(simulator.omsdash(["stop", task.id, "--yes"]).status == 0)
            }
            let seen = try Self.eventually(timeout: 10) {
                try Self.query(prometheusPort, #"oms_sync_task_synchronizing{task_id="\#(stopped.id)"}"#).first?.value == "0"
            }
            #expect(seen, "the stop shows within a few scrapes")

            // Stopped tasks' counters no longer move: Prometheus must hold exactly what `show` says.
            var expected: [String: String] = [:]
            for task in tasks {
                let shown = simulator.omsdash(["show", task.id, "--format", "json"])
                let object = try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any]
                expected[task.id] = (object?["monthly_acceptance_request"] as? NSNumber)?.stringValue
            }
            var last: [String: String] = [:]
            let equal = try Self.eventually(timeout: 45) {
                let samples = try Self.query(prometheusPort, "oms_sync_task_requests_total")
                last = Dictionary(samples.map { ($0.labels["task_id"] ?? "", $0.value) }, uniquingKeysWith: { a, _ in a })
                return last == expected
            }
            #expect(equal, "oms_sync_task_requests_total equals show's monthly_acceptance_request: \(last) vs \(expected)")
            let alerts = try Self.query(prometheusPort, #"oms_sync_task_alert{rule="task_stopped"}"#)
            #expect(alerts.contains { $0.labels["task_id"] == stopped.id })

            let scrape = simulator.directory + "/scrape.txt"
            try Self.get("http://127.0.0.1:\(exporterPort)/metrics").write(toFile: scrape, atomically: true, encoding: .utf8)
            let lint = Spawn.run(["sh", "-c", "promtool check metrics < \(scrape)"])
            #expect(lint.status == 0, "promtool check metrics: \(lint.output)")
            #expect(Self.get("http://127.0.0.1:\(exporterPort)/").contains("/metrics"))
        }

        @Test("a port in use is one line and exit 2; a wrong SK serves oms_exporter_up 0 without a retry storm")
        func badInput() throws {
            let simulator = try SimulatorProcess(extra: ["--log-requests"])
            defer { simulator.stop() }
            let port = SimulatorProcess.freePort()
            let wrong = simulator.environment.merging(["E2E_SK": "wrong-secret-key-000000000000000000000000"]) { _, new in new }
            let exporter = startExporter(simulator, port: port, environment: wrong)
            defer { _ = exporter.stop() }
            let down = Self.eventually(timeout: 15) { Self.get("http://127.0.0.1:\(port)/metrics").contains(#"oms_exporter_up{profile="e2e"} 0"#) }
            #expect(down)
            let metrics = Self.get("http://127.0.0.1:\(port)/metrics")
            #expect(metrics.contains(#"oms_sync_task_alert{profile="e2e",task_id="",rule="api_unhealthy",severity="critical"} 1"#))
            #expect(metrics.contains(#"oms_exporter_api_requests_total{profile="e2e",operation="list",code="401"} 1"#))
            #expect(!metrics.contains("wrong-secret-key"))
            let before = simulator.requestLog().count
            usleep(4_000_000)
            #expect(simulator.requestLog().count == before, "nothing is sent after a 401")

            let busy = simulator.omsdash(["exporter", "--listen", "127.0.0.1:\(port)"])
            #expect(busy.status == 2)
            #expect(busy.output.contains("cannot listen on 127.0.0.1:\(port): the address is in use"))
            #expect(busy.output.split(separator: "\n").count == 1)
            let bad = simulator.omsdash(["exporter", "--listen", "nowhere"])
            #expect(bad.status == 2)
            #expect(exporter.stop() == 0, "SIGTERM ends it cleanly")
        }
    }
}
