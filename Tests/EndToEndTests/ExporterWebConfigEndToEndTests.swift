import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// `omsdash exporter --web.config.file`: TLS, basic authentication and headers, scraped by a
    /// real Prometheus and asked by curl.
    @Suite("exporter's web config end to end: TLS and basic auth, with Prometheus")
    struct ExporterWebConfigEndToEndTests {
        typealias Exporter = ExporterEndToEndTests

        /// "correct horse" at cost 10, as `htpasswd -nBC 10` writes it.
        static let hash = "$2y$10$wqPoizNVlT/Y1K/Ir5aSFeRvranrnYN.NNihzBQ6vTLy5/bBQfxWu"

        /// The HTTP status curl got, or 0 when no answer came (a refused handshake).
        static func status(_ url: String, _ options: [String] = []) -> Int {
            Int(Spawn.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "5"] + options + [url]).output) ?? 0
        }

        @Test("Prometheus over TLS with basic_auth sees up 1, with a wrong password up 0; curl gets 401 without a password, 200 with one, and the probes open")
        func tlsAndBasicAuth() throws {
            let simulator = try SimulatorProcess()
            defer { simulator.stop() }
            let certificates = try TestCertificates()
            let web = simulator.directory + "/web.yml"
            try """
                tls_server_config:
                  cert_file: \(certificates.serverCertificate)
                  key_file: \(certificates.serverKey)
                http_server_config:
                  headers:
                    X-Frame-Options: deny
                basic_auth_users:
                  prometheus: \(Self.hash)
                """.write(toFile: web, atomically: true, encoding: .utf8)
            let port = SimulatorProcess.freePort()
            let exporter = Exporter.Background(
                [Binary.path, "exporter", "--config", simulator.configPath, "--listen", "127.0.0.1:\(port)", "--web.config.file", web],
                environment: simulator.environment, log: simulator.directory + "/exporter.log")
            defer { _ = exporter.stop() }
            let base = "https://127.0.0.1:\(port)"
            let ca = ["--cacert", certificates.caCertificate]
            #expect(Exporter.eventually(timeout: 15) { Self.status(base + "/-/healthy", ca) == 200 }, "\(exporter.output)")
            #expect(exporter.output.contains("serving metrics at https://127.0.0.1:\(port)/metrics"))

            #expect(Self.status(base + "/metrics", ca) == 401)
            #expect(Self.status(base + "/", ca) == 401)
            #expect(Self.status(base + "/metrics", ca + ["-u", "prometheus:guess"]) == 401)
            #expect(Self.status(base + "/metrics", ca + ["-u", "grafana:correct horse"]) == 401, "an unknown user")
            #expect(Self.status(base + "/metrics", ca + ["-u", "prometheus:correct horse"]) == 200)
            #expect(Self.status(base + "/-/ready", ca) != 401, "the readiness probe is open")
            #expect(Self.status("http://127.0.0.1:\(port)/metrics") != 200, "no plain HTTP beside TLS")
            #expect(Self.status(base + "/metrics") == 0, "curl refuses a certificate of no CA it trusts")
            let headers = Spawn.run(["curl", "-s", "-D", "-", "-o", "/dev/null", "--max-time", "5"] + ca + [base + "/metrics"]).output
            #expect(headers.contains("www-authenticate: Basic realm=\"omsdash exporter\"") || headers.contains("WWW-Authenticate: Basic"), "\(headers)")
            #expect(headers.lowercased().contains("x-frame-options: deny"), "\(headers)")
            let metrics = Spawn.run(["curl", "-s", "--max-time", "5", "-u", "prometheus:correct horse"] + ca + [base + "/metrics"]).output
            #expect(metrics.contains("oms_exporter_up"), "the metrics themselves")

            let job = { (name: String, password: String) in
                """
                  - job_name: \(name)
                    scheme: https
                    tls_config: {ca_file: "\(certificates.caCertificate)"}
                    basic_auth: {username: prometheus, password: "\(password)"}
                    static_configs: [{targets: ["127.0.0.1:\(port)"]}]
                """
            }
            let (prometheus, prometheusPort) = try Exporter.startPrometheus(
                in: simulator.directory, scrapeConfigs: job("good", "correct horse") + "\n" + job("wrong", "guess"))
            defer { _ = prometheus.stop() }
            var up: [String: String] = [:]
            let scraped = try Exporter.eventually(timeout: 30) {
                up = Dictionary(try Exporter.query(prometheusPort, "up").map { ($0.labels["job"] ?? "", $0.value) }) { a, _ in a }
                return up == ["good": "1", "wrong": "0"]
            }
            #expect(scraped, "up by job: \(up); \(prometheus.output.suffix(400))")
            #expect(try Exporter.query(prometheusPort, #"oms_exporter_up{job="good"}"#).first?.value == "1")
            #expect(exporter.stop() == 0)
        }

        @Test("RequireAndVerifyClientCert: a client without a certificate of the CA is refused at the handshake")
        func clientCertificates() throws {
            let simulator = try SimulatorProcess()
            defer { simulator.stop() }
            let certificates = try TestCertificates()
            let client = try certificates.clientCertificate()
            let web = simulator.directory + "/web.yml"
            try """
                tls_server_config:
                  cert_file: \(certificates.serverCertificate)
                  key_file: \(certificates.serverKey)
                  client_auth_type: RequireAndVerifyClientCert
                  client_ca_file: \(certificates.caCertificate)
                  min_version: TLS12
                """.write(toFile: web, atomically: true, encoding: .utf8)
            let port = SimulatorProcess.freePort()
            let exporter = Exporter.Background(
                [Binary.path, "exporter", "--config", simulator.configPath, "--listen", "127.0.0.1:\(port)", "--web.config.file", web],
                environment: simulator.environment, log: simulator.directory + "/exporter.log")
            defer { _ = exporter.stop() }
            let url = "https://127.0.0.1:\(port)/metrics"
            let ca = ["--cacert", certificates.caCertificate]
            #expect(Exporter.eventually(timeout: 15) { Self.status(url, ca + ["--cert", client.certificate, "--key", client.key]) == 200 },
                    "\(exporter.output)")
            #expect(Self.status(url, ca) == 0, "no client certificate, no handshake")
            #expect(exporter.stop() == 0)
        }

        @Test("bad web configs are each one line naming the file and the fix, and exit 2", arguments: [
            ("tls_server_config:\n  cert_file: missing.pem\n  key_file: missing.key\n", "tls_server_config.cert_file"),
            ("basic_auth_users:\n  prometheus: correct horse\n", "line 2: basic_auth_users.prometheus is not a bcrypt hash"),
            ("basic_auth_user:\n  prometheus: x\n", "line 1: basic_auth_user is not a field of the web config"),
        ])
        func badFiles(text: String, says: String) throws {
            let simulator = try SimulatorProcess()
            defer { simulator.stop() }
            let web = simulator.directory + "/web.yml"
            try text.write(toFile: web, atomically: true, encoding: .utf8)
            let outcome = simulator.omsdash(["exporter", "--listen", "127.0.0.1:\(SimulatorProcess.freePort())", "--web.config.file", web])
            #expect(outcome.status == 2)
            #expect(outcome.output.hasPrefix("omsdash: cannot use the web config \(web): "), "\(outcome.output)")
            #expect(outcome.output.contains(says), "\(outcome.output)")
            #expect(outcome.output.split(separator: "\n").count == 1, "\(outcome.output)")
        }
    }
}
