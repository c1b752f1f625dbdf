import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension EndToEndOverMinutes {
    /// Temporary keys that renew themselves, through the real binary against the simulator's IAM
    /// and ECS metadata: agencies assumed with one source key, an ECS and a CCE workload identity.
    @Suite("credentials end to end: agencies, ECS and OIDC keys renewed under the dashboard, the exporter and watch")
    struct CredentialsEndToEndTests {
        typealias Exporters = EndToEnd.ExporterEndToEndTests
        typealias Background = Exporters.Background

        /// A config of `members` agency profiles (`member01`…) assumed with the key of `mgmt`,
        /// and, when `platform`, an `ecs` profile and an `oidc` one (`pod`), all on `simulator`.
        static func writeConfig(_ simulator: SimulatorProcess, members: Int, platform: Bool) throws -> String {
            let endpoint = "http://127.0.0.1:\(simulator.port)"
            var profiles: [[String: Any]] = [[
                "name": "mgmt", "region": "cn-north-4", "ak": SimulatorProcess.accessKey, "sk": "env:E2E_SK",
            ]]
            for index in 1...members {
                profiles.append([
                    "name": String(format: "member%02d", index), "region": "cn-north-4", "source_profile": "mgmt",
                    "agency": ["name": "omsdash", "domain_name": String(format: "tenant-%04d", index)],
                ])
            }
            if platform {
                let tokenFile = simulator.directory + "/id-token"
                try "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QifQ.c2lnbmF0dXJl".write(toFile: tokenFile, atomically: true, encoding: .utf8)
                profiles.append(["name": "ecs", "region": "cn-north-4", "credentials": "ecs", "metadata_endpoint": endpoint])
                profiles.append([
                    "name": "pod", "region": "cn-north-4", "credentials": "oidc", "idp_id": "omsdash-cce", "id_token_file": tokenFile,
                ])
            }
            let config: [String: Any] = [
                "refresh_seconds": 2, "defaults": ["endpoint": endpoint, "iam_endpoint": endpoint], "profiles": profiles,
            ]
            let path = simulator.directory + "/credentials.json"
            try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: path))
            chmod(path, 0o600)
            return path
        }

        /// What the simulator's secrets start with, and the ID token's middle: none may come out.
        static let secretMarkers = ["tmpsk-", "tmpst-", "tmpsub-", "tmpmd-", "eyJzdWIiOiJwb2QifQ", SimulatorProcess.secretKey]

        /// Checks `text`, which `what` printed, for every secret marker.
        static func audit(_ what: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
            for marker in secretMarkers {
                #expect(!text.contains(marker), "a secret (\(marker)…) in \(what)", sourceLocation: sourceLocation)
            }
        }

        /// The simulator's log lines of IAM's security-token operation.
        static func iamCalls(_ simulator: SimulatorProcess) -> [String] {
            let text = (try? String(contentsOfFile: simulator.directory + "/simulator.log", encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("POST /v3.0/OS-CREDENTIAL/securitytokens") }
        }

        /// Every metric sample of the exporter whose name starts with `family`, by profile.
        static func samples(_ page: String, _ family: String) -> [String: Double] {
            var values: [String: Double] = [:]
            for line in page.split(separator: "\n") where line.hasPrefix(family + "{") {
                guard let start = line.range(of: "profile=\""), let end = line[start.upperBound...].firstIndex(of: "\""),
                    let value = line.split(separator: " ").last.flatMap({ Double($0) })
                else { continue }
                values[String(line[start.upperBound..<end])] = value
            }
            return values
        }

        /// How long the renewal test runs: about 7 renewals of each key. The organization soak
        /// (`./scripts/soak --org`) holds 100 accounts' keys for 10 minutes under faults.
        static let renewalSeconds = 120

        @Test("20 agency profiles, an ECS and a pod renew their 60-second keys for 2 minutes: no auth error, no 401, each renewed at least 5 times")
        func renewalUnderLoad() throws {
            // A project id whose last 4 digits are no tenant's index, so that all 21 projects differ.
            let simulator = try SimulatorProcess(extra: [
                "--tenants", "21", "--credential-lifetime", "60", "--log-requests", "--project-id", "e2e0project0id00000000000000f00d",
            ])
            defer { simulator.stop() }
            let config = try Self.writeConfig(simulator, members: 20, platform: true)
            let port = SimulatorProcess.freePort()
            let exporter = Background(
                [Binary.path, "exporter", "--config", config, "--listen", "127.0.0.1:\(port)"],
                environment: simulator.environment, log: simulator.directory + "/exporter.log")
            defer { _ = exporter.stop() }
            let dashboard = try TmuxSession(
                [Binary.path, "--config", config], environment: ["E2E_SK": SimulatorProcess.secretKey, "NO_COLOR": "1"],
                width: 160, height: 40)
            defer { dashboard.close() }
            #expect(dashboard.waitFor("23 live", timeout: 30), "every profile loads: \(dashboard.screen)")
            let troubles = ["refused", "renewal failing", "expired", "no answer", "APIGW"]
            let deadline = Date().addingTimeInterval(Double(Self.renewalSeconds))
            var looks = 0
            while Date() < deadline {
                sleep(10)
                let screen = dashboard.screen
                looks += 1
                Self.audit("the dashboard", screen)
                for trouble in troubles {
                    #expect(!screen.contains(trouble), "at look \(looks) the dashboard shows \(trouble):\n\(screen)")
                }
                if screen.contains("refused") || screen.contains("renewal failing") { break }
            }
            #expect(dashboard.screen.contains("23 live"))
            let page = Exporters.get("http://127.0.0.1:\(port)/metrics")
            Self.audit("/metrics", page)
            Self.audit("the exporter's log", exporter.output)
            let renewals = Self.samples(page, "oms_exporter_credential_renewals_total")
            let failures = Self.samples(page, "oms_exporter_credential_renewal_failures_total")
            let up = Self.samples(page, "oms_exporter_up")
            #expect(renewals.count == 22, "every agency, the ECS and the pod renew: \(renewals)")
            for (profile, count) in renewals {
                #expect(count >= 6, "\(profile) had the first key and at least 5 renewals in 2 minutes, not \(count)")
                #expect(failures[profile] == 0, "\(profile) never failed a renewal")
            }
            #expect(up.count == 23 && up.values.allSatisfy { $0 == 1 }, "every profile up: \(up)")
            #expect(Self.samples(page, "oms_exporter_credential_expiry_timestamp_seconds").count == 22)
            let log = (try? String(contentsOfFile: simulator.directory + "/simulator.log", encoding: .utf8)) ?? ""
            #expect(!log.contains(" 401"), "the simulator refused nothing: \(log.split(separator: "\n").filter { $0.contains(" 401") }.prefix(3))")
            #expect(log.contains("GET /openstack/latest/securitykey 200") && log.contains("POST /v3.0/OS-AUTH/id-token/tokens 201"))
            let faces = Set(Self.iamCalls(simulator).map { String($0.split(separator: " ").last ?? "") })
            #expect(faces == ["(exporter)\"", "(dashboard)\""], "each face names itself to IAM as to OMS: \(faces)")
            // Two faces renew keys of their own through this operation: 20 agencies and the pod's
            // token each, a 60 s key every 14 to 20 s, over the 2 minutes and the first load (up to
            // 40 s); and `profiles` below has not run yet.
            let calls = Self.iamCalls(simulator).count
            let fewest = Self.renewalSeconds / 20, most = (Self.renewalSeconds + 40) / 14 + 1
            #expect(calls >= 2 * 21 * fewest && calls <= 2 * 21 * most, "\(calls) security-token calls")

            let listed = Spawn.run([Binary.path, "profiles", "--config", config, "--format", "json"], environment: simulator.environment)
            #expect(listed.status == 0, "\(listed.output)")
            let rows = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]] ?? []
            #expect(rows.count == 23)
            let sources = Dictionary(uniqueKeysWithValues: rows.map { ($0["profile"] as? String ?? "", $0["credentials"] as? String ?? "") })
            #expect(sources["mgmt"] == "keys" && sources["ecs"] == "ecs" && sources["pod"] == "oidc")
            #expect(sources["member07"] == "agency omsdash in tenant-0007 via mgmt")
            #expect(rows.allSatisfy { $0["health"] as? String == "ok" })
            Self.audit("omsdash profiles", listed.output)
            Self.audit("omsdash profiles (table)", Spawn.run([Binary.path, "profiles", "--config", config], environment: simulator.environment).output)
        }

        @Test("a revoked source key: every agency profile named once with the fix, one IAM call a minute, and all renew again when it comes back")
        func revokedSource() throws {
            let simulator = try SimulatorProcess(extra: [
                "--tenants", "6", "--credential-lifetime", "30", "--revoke-source-after", "12", "--revoke-source-for", "30",
                "--log-requests",
            ])
            defer { simulator.stop() }
            let config = try Self.writeConfig(simulator, members: 5, platform: false)
            let watch = Background(
                [Binary.path, "watch", "--config", config, "--format", "json"], environment: simulator.environment,
                log: simulator.directory + "/watch.log")
            let started = Date()
            let recovered = Exporters.eventually(timeout: 150) {
                watch.output.components(separatedBy: "\"state\":\"resolved\"").count - 1 >= 5
            }
            let recoveredAfter = Date().timeIntervalSince(started)
            _ = watch.stop()
            #expect(recovered, "every agency profile renews again: \(watch.output)")
            let events = watch.output.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }.filter { $0["rule"] as? String == "credentials_renewal" }
            let fired = events.filter { $0["state"] as? String == "firing" }
            #expect(Set(fired.compactMap { $0["profile"] as? String }) == Set((1...5).map { String(format: "member%02d", $0) }))
            #expect(fired.count == 5, "each profile named once")
            for event in fired {
                let message = event["message"] as? String ?? ""
                #expect(message.contains("IAM refused the source credential of profile \"mgmt\""), "\(message)")
                #expect(message.contains("check or replace it"), "the fix: \(message)")
            }
            // The key is refused from 12 s to 42 s: one call finds it, and the gate lets one more
            // through a minute later, when the key is back.
            let refusedCalls = Self.iamCalls(simulator).filter { $0.contains(" 401") }.count
            #expect(refusedCalls >= 1 && refusedCalls <= 2, "no storm: \(refusedCalls) refused IAM calls for 5 agencies")
            #expect(recoveredAfter <= 42 + 65 + 10, "recovered \(Int(recoveredAfter)) s after the start: within 65 s of the key's return")
            Self.audit("watch", watch.output)
        }

        /// Runs `arguments` inside the network namespace `namespace`.
        static func inNamespace(_ namespace: String, _ arguments: [String]) -> [String] {
            ["ip", "netns", "exec", namespace] + arguments
        }

        @Test("ecs at the real address: the metadata service on 169.254.169.254:80 in a network namespace of the test's own")
        func ecsAtTheRealAddress() throws {
            let namespace = "omsdash-e2e-\(getpid())"
            guard Spawn.run(["ip", "netns", "add", namespace]).status == 0 else {
                print("ecs at 169.254.169.254 not tested: this machine cannot make a network namespace")
                return
            }
            defer { Spawn.run(["ip", "netns", "del", namespace]) }
            #expect(Spawn.run(Self.inNamespace(namespace, ["ip", "link", "set", "lo", "up"])).status == 0)
            #expect(Spawn.run(Self.inNamespace(namespace, ["ip", "addr", "add", "169.254.169.254/32", "dev", "lo"])).status == 0)
            let directory = Binary.scratchDirectory()
            let simulator = Background(
                Self.inNamespace(namespace, [
                    Binary.path, "simulator", "--host", "169.254.169.254", "--port", "80", "--credential-lifetime", "60",
                    "--log-requests",
                ]), log: directory + "/simulator.log")
            var running = true
            defer { if running { _ = simulator.stop() } }
            #expect(Exporters.eventually(timeout: 15) { simulator.output.contains("listening on") }, "\(simulator.output)")
            let config = directory + "/config.json"
            try JSONSerialization.data(withJSONObject: ["profiles": [[
                "name": "ecs", "region": "cn-north-4", "credentials": "ecs",
                "endpoint": "http://169.254.169.254", "iam_endpoint": "http://169.254.169.254",
            ]]]).write(to: URL(fileURLWithPath: config))
            let listed = Spawn.run(Self.inNamespace(namespace, [Binary.path, "profiles", "--config", config, "--format", "json"]))
            #expect(listed.status == 0, "\(listed.output)")
            let rows = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]] ?? []
            #expect(rows.first?["credentials"] as? String == "ecs" && rows.first?["temporary"] as? Bool == true)
            #expect(rows.first?["health"] as? String == "ok" && rows.first?["tasks"] as? Int == 5)
            Self.audit("omsdash profiles", listed.output)
            #expect(simulator.output.contains("PUT /meta-data/latest/api/token 200"))
            #expect(simulator.output.contains("GET /openstack/latest/securitykey 200"))
            _ = simulator.stop()
            running = false
            let gone = Spawn.run(Self.inNamespace(namespace, [Binary.path, "list", "--config", config]))
            #expect(gone.status == 1, "with the metadata service gone: \(gone.output)")
            #expect(gone.output.contains("no ECS metadata service at http://169.254.169.254"), "\(gone.output)")
            Self.audit("omsdash list", gone.output)
        }
    }
}
