import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// examples/grafana/omsdash.json and examples/prometheus/alerts.yml against a real Prometheus
    /// that scrapes the exporter over an organization in the simulator.
    @Suite("the Grafana dashboard and the alert rules against a real Prometheus")
    struct GrafanaDashboardEndToEndTests {
        typealias Exporters = ExporterEndToEndTests

        /// Every query of the dashboard: each target's expression and each variable's, with the
        /// panel's title.
        static func queries(_ dashboard: [String: Any]) -> [(panel: String, expr: String)] {
            let panels = dashboard["panels"] as? [[String: Any]] ?? []
            return panels.flatMap { panel in
                (panel["targets"] as? [[String: Any]] ?? []).compactMap { target in
                    (target["expr"] as? String).map { (panel["title"] as? String ?? "?", $0) }
                }
            }
        }

        /// The expression with the dashboard's variables as Grafana fills them in.
        static func filled(_ expr: String, profile: String, region: String) -> String {
            expr.replacingOccurrences(of: "$__rate_interval", with: "30s")
                .replacingOccurrences(of: "$profile", with: profile).replacingOccurrences(of: "$region", with: region)
        }

        /// The status and result count of a PromQL instant query.
        static func run(_ prometheus: Int, _ promql: String) -> (status: String, results: Int, error: String) {
            let encoded = promql.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? promql
            let text = Exporters.get("http://127.0.0.1:\(prometheus)/api/v1/query?query=\(encoded)")
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            let result = (object["data"] as? [String: Any])?["result"] as? [Any] ?? []
            return (object["status"] as? String ?? "none", result.count, object["error"] as? String ?? "")
        }

        /// A label's values among the series `match` selects, as a Grafana label_values() variable asks.
        static func labelValues(_ prometheus: Int, _ label: String, match: String) -> [String] {
            let encoded = match.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? match
            let text = Exporters.get("http://127.0.0.1:\(prometheus)/api/v1/label/\(label)/values?match[]=\(encoded)")
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            return object["data"] as? [String] ?? []
        }

        @Test("every panel's query returns data with the variables filled in; every variable lists values; every rule evaluates")
        func dashboardAgainstPrometheus() throws {
            let simulator = try SimulatorProcess(extra: [
                "--tenants", "9", "--tasks", "2", "--regions", "cn-north-4,cn-east-3", "--org-without-agency", "1",
            ])
            defer { simulator.stop() }
            let config = try EndToEndOverMinutes.OrganizationEndToEndTests.writeConfig(simulator)
            let exporterPort = SimulatorProcess.freePort()
            let exporter = Exporters.Background(
                [Binary.path, "exporter", "--config", config, "--listen", "127.0.0.1:\(exporterPort)", "--max-rpm", "300"],
                environment: simulator.environment, log: simulator.directory + "/exporter.log")
            defer { _ = exporter.stop() }
            let rules = simulator.directory + "/alerts.yml"
            try FileManager.default.copyItem(atPath: Binary.repositoryRoot + "/examples/prometheus/alerts.yml", toPath: rules)
            let (prometheus, prometheusPort) = try Exporters.startPrometheus(
                in: simulator.directory, jobs: [("omsdash", [exporterPort])], ruleFiles: [rules])
            defer { _ = prometheus.stop() }

            let data = try Data(contentsOf: URL(fileURLWithPath: Binary.repositoryRoot + "/examples/grafana/omsdash.json"))
            let dashboard = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let queries = Self.queries(dashboard)
            #expect(queries.count >= 20, "the dashboard's queries: \(queries.count)")
            for panel in dashboard["panels"] as? [[String: Any]] ?? [] where panel["type"] as? String != "row" {
                let source = (panel["datasource"] as? [String: Any])?["uid"] as? String
                #expect(source == "${datasource}", "\(panel["title"] ?? "?") reads the datasource variable, not a fixed one")
            }

            // Every task's counters, two scrapes of them for rate(), and an alert firing (the
            // account without the agency).
            let loaded = try Exporters.eventually(timeout: 60) {
                try Exporters.query(prometheusPort, "count(oms_sync_task_requests_total offset 3s)").first.map { Int($0.value) ?? 0 } ?? 0 >= 30
                    && !(try Exporters.query(prometheusPort, "oms_sync_task_alert")).isEmpty
            }
            #expect(loaded, "counters and an alert reached Prometheus: \(exporter.output.suffix(300)) \(prometheus.output.suffix(300))")

            let profiles = Self.labelValues(prometheusPort, "profile", match: "oms_exporter_up")
            #expect(profiles.count == 17, "the profile variable lists mgmt and 8 accounts × 2 regions: \(profiles)")
            let regions = Self.labelValues(prometheusPort, "region", match: #"oms_sync_task_info{profile=~".*"}"#)
            #expect(regions == ["cn-east-3", "cn-north-4"], "\(regions)")

            for (panel, expr) in queries {
                let all = Self.run(prometheusPort, Self.filled(expr, profile: ".*", region: ".*"))
                #expect(all.status == "success" && all.results > 0, "\(panel): \(expr) → \(all)")
                let one = Self.run(prometheusPort, Self.filled(expr, profile: "tenant-0002/cn-east-3", region: "cn-east-3"))
                #expect(one.status == "success", "\(panel) with one profile: \(expr) → \(one)")
            }

            let text = Exporters.get("http://127.0.0.1:\(prometheusPort)/api/v1/rules")
            let groups = ((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["data"] as? [String: Any])?["groups"]
                as? [[String: Any]] ?? []
            let evaluated = groups.flatMap { $0["rules"] as? [[String: Any]] ?? [] }
            #expect(evaluated.count == 9, "the rules of alerts.yml are loaded: \(text.prefix(300))")
            for rule in evaluated {
                #expect(rule["health"] as? String == "ok", "\(rule["name"] ?? "?"): \(rule["lastError"] ?? "")")
            }
        }
    }
}
