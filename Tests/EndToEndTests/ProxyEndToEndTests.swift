import Foundation
import Testing

extension EndToEnd {
    /// A company network in miniature: a private CA, the simulator on HTTPS, and tinyproxy asking
    /// for a password.
    @Suite("Proxies and private CAs end to end")
    struct ProxyEndToEndTests {
        /// Runs `omsdash list` against the HTTPS simulator with `environment` and `arguments`.
        func list(_ simulator: SimulatorProcess, _ arguments: [String] = [], environment: [String: String] = [:]) -> Spawn.Outcome {
            run(simulator, ["list"] + arguments, environment: environment)
        }

        /// Runs an omsdash command against the HTTPS simulator with `environment`.
        func run(_ simulator: SimulatorProcess, _ arguments: [String], environment: [String: String] = [:]) -> Spawn.Outcome {
            var merged = simulator.environment
            merged.merge(environment) { _, new in new }
            for name in ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "no_proxy", "NO_PROXY"] where merged[name] == nil {
                merged[name] = ""
            }
            return Spawn.run([Binary.path] + arguments + ["--config", simulator.configPath], environment: merged)
        }

        @Test("through the proxy with --ca-file: CONNECT in the proxy's log; without the CA: a one-line message naming ca_file")
        func proxyAndCA() throws {
            let certificates = try TestCertificates()
            // No failure bursts: the demo world has them at some times of day, and `watch --once`
            // below must end with 0, not with 3 for an alert.
            let simulator = try SimulatorProcess(config: ["alerts": ["failure_burst": ["enabled": false]]], tls: certificates)
            defer { simulator.stop() }
            let proxy = try ProxyProcess()
            defer { proxy.stop() }
            let through = ["HTTPS_PROXY": proxy.url()]

            let listed = list(simulator, ["--ca-file", certificates.caCertificate], environment: through)
            #expect(listed.status == 0, "\(listed.output)")
            #expect(listed.output.contains("nightly logs"))
            #expect(proxy.connects.contains { $0.contains("CONNECT 127.0.0.1:\(simulator.port)") }, "\(proxy.log)")

            let untrusted = list(simulator, environment: through)
            #expect(untrusted.status == 1)
            #expect(untrusted.output == "omsdash: the certificate of 127.0.0.1 is not trusted: if your company's CA signs it, set ca_file in the profile or pass --ca-file PATH\n")

            let watched = Spawn.run(
                [Binary.path, "watch", "--once", "--config", simulator.configPath, "--ca-file", certificates.caCertificate],
                environment: simulator.environment.merging(through) { _, new in new })
            #expect(watched.status == 0, "watch goes the same way: \(watched.output)")

            // The destination bucket's lists go the same way as OMS's calls: the proxy, the CA.
            let csv = run(simulator, ["list", "--format", "csv", "--ca-file", certificates.caCertificate], environment: through)
            let task = try #require(csv.output.split(separator: "\n").dropFirst().first?.split(separator: ",").first).description
            let connects = proxy.connects.count
            let failed = run(simulator, ["failed", task, "--limit", "3", "--ca-file", certificates.caCertificate], environment: through)
            #expect(failed.status == 0, "\(failed.output)")
            #expect(proxy.connects.count > connects, "OBS through the proxy too: \(proxy.log)")
            let failedUntrusted = run(simulator, ["failed", task], environment: through)
            #expect(failedUntrusted.status == 1 && failedUntrusted.output.contains("the certificate of 127.0.0.1 is not trusted"))

            for outcome in [listed, untrusted, watched, failed, failedUntrusted] { #expect(!outcome.output.contains(ProxyProcess.password)) }
        }

        @Test("NO_PROXY bypasses; a dead proxy, no credentials and a wrong password each get one line naming the proxy")
        func proxyFailures() throws {
            let certificates = try TestCertificates()
            let simulator = try SimulatorProcess(tls: certificates)
            defer { simulator.stop() }
            let proxy = try ProxyProcess()
            defer { proxy.stop() }
            let ca = ["--ca-file", certificates.caCertificate]
            let deadPort = SimulatorProcess.freePort()

            let bypassed = list(simulator, ca, environment: ["HTTPS_PROXY": "http://127.0.0.1:\(deadPort)", "NO_PROXY": "localhost,127.0.0.1"])
            #expect(bypassed.status == 0, "NO_PROXY names the host: \(bypassed.output)")

            let dead = list(simulator, ca, environment: ["HTTPS_PROXY": "http://127.0.0.1:\(deadPort)"])
            #expect(dead.status == 1)
            #expect(dead.output == "omsdash: the proxy http://127.0.0.1:\(deadPort) cannot be reached (connection refused): check HTTPS_PROXY or the profile's proxy\n")

            let anonymous = list(simulator, ca, environment: ["HTTPS_PROXY": proxy.url(user: nil, password: nil)])
            #expect(anonymous.status == 1)
            #expect(anonymous.output.contains("the proxy http://127.0.0.1:\(proxy.port) asks for a user and password (HTTP 407)"), "\(anonymous.output)")

            let wrong = list(simulator, ca, environment: ["https_proxy": proxy.url(password: "wrong-pw-canary-91c2")])
            #expect(wrong.status == 1)
            #expect(wrong.output.hasPrefix("omsdash: the proxy http://alice@127.0.0.1:\(proxy.port) refused"), "\(wrong.output)")
            #expect(wrong.output.contains("check the proxy user and password"))
            #expect(wrong.output.split(separator: "\n").count == 1)
            for outcome in [bypassed, dead, anonymous, wrong] {
                #expect(!outcome.output.contains("wrong-pw-canary-91c2") && !outcome.output.contains(ProxyProcess.password))
            }
        }

        @Test("the profile's proxy, its password from the environment, wins over HTTPS_PROXY; a missing ca_file is a config error")
        func proxyFromConfig() throws {
            let certificates = try TestCertificates()
            let proxy = try ProxyProcess()
            defer { proxy.stop() }
            let simulator = try SimulatorProcess(
                profile: [
                    "proxy": ["url": "http://127.0.0.1:\(proxy.port)", "user": ProxyProcess.user, "password": "env:E2E_PROXY_PASSWORD"],
                    "ca_file": certificates.caCertificate,
                ],
                tls: certificates)
            defer { simulator.stop() }
            let listed = list(simulator, environment: [
                "E2E_PROXY_PASSWORD": ProxyProcess.password, "HTTPS_PROXY": "http://127.0.0.1:\(SimulatorProcess.freePort())",
            ])
            #expect(listed.status == 0, "\(listed.output)")
            #expect(proxy.connects.count >= 1)

            let unset = list(simulator)
            #expect(unset.status == 2)
            #expect(unset.output.contains("E2E_PROXY_PASSWORD"), "\(unset.output)")

            let missing = list(simulator, ["--ca-file", "/nonexistent/company-ca.pem"], environment: ["E2E_PROXY_PASSWORD": ProxyProcess.password])
            #expect(missing.status == 2)
            #expect(missing.output == "omsdash: --ca-file: cannot use the CA file /nonexistent/company-ca.pem (no such file): point it at a PEM bundle of your company's CA\n")
        }
    }
}
