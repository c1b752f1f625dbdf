import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension EndToEndOverMinutes {
    /// A whole organization in one config entry, through the real binary against the simulator's
    /// Organizations, IAM and two regions: accounts listed, agencies assumed, accounts joining and
    /// leaving at runtime.
    @Suite("organizations end to end: 60 accounts × 2 regions in one entry")
    struct OrganizationEndToEndTests {
        /// The organization: tenant-0001 to tenant-0060 at the start, of which tenant-0058 to
        /// tenant-0060 are suspended and tenant-0054 to tenant-0057 hold no agency; 30 s in,
        /// tenant-0001 leaves and tenant-0061 joins.
        static func simulator() throws -> SimulatorProcess {
            try SimulatorProcess(extra: [
                "--tenants", "62", "--tasks", "2", "--regions", "cn-north-4,cn-east-3", "--org-suspended", "3",
                "--org-without-agency", "4", "--org-join", "1", "--org-leave", "1", "--org-change-after", "30",
            ])
        }

        /// The config: the management key as profile `mgmt`, and the organization `corp` in both
        /// regions, listed again every 15 s. The OMS and IAM endpoints of the members come from
        /// `defaults` alone (the organization entry sets neither), as a fleet's config writes them.
        static func writeConfig(_ simulator: SimulatorProcess, extra: [String: Any] = [:]) throws -> String {
            let endpoint = "http://127.0.0.1:\(simulator.port)"
            var organization: [String: Any] = [
                "name": "corp", "source_profile": "mgmt", "agency": "omsdash", "regions": ["cn-north-4", "cn-east-3"],
                "rediscover_minutes": 0.25, "duration_seconds": 900, "organizations_endpoint": endpoint,
            ]
            organization.merge(extra) { _, new in new }
            let config: [String: Any] = [
                "refresh_seconds": 2,
                "defaults": ["endpoint": endpoint, "iam_endpoint": endpoint],
                "profiles": [[
                    "name": "mgmt", "region": "cn-north-4", "endpoint": endpoint, "iam_endpoint": endpoint,
                    "ak": SimulatorProcess.accessKey, "sk": "env:E2E_SK",
                ]],
                "organizations": [organization],
            ]
            let path = simulator.directory + "/organization.json"
            try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: path))
            chmod(path, 0o600)
            return path
        }

        /// Opens the filter, waits for its prompt, types `text` and confirms it; the screen once the
        /// status line names the filter.
        static func filter(_ dashboard: TmuxSession, _ text: String) -> String {
            let prompt = { (screen: String) in
                screen.split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces).hasPrefix("/ ") } ?? false
            }
            dashboard.send("/")
            if !prompt(dashboard.waitFor(timeout: 10, prompt)) {
                dashboard.send("Escape")
                dashboard.send("/")
                _ = dashboard.waitFor(timeout: 10, prompt)
            }
            dashboard.type(text)
            dashboard.send("Enter")
            return dashboard.waitFor(timeout: 20) { $0.contains("filter \"\(text)\":") }
        }

        @Test("the dashboard counts accounts, names the 4 without the agency once with the fix, filters by account, and follows accounts joining and leaving")
        func dashboard() throws {
            let simulator = try Self.simulator()
            defer { simulator.stop() }
            let config = try Self.writeConfig(simulator)
            let started = Date()
            let dashboard = try TmuxSession(
                [Binary.path, "--config", config], environment: ["E2E_SK": SimulatorProcess.secretKey, "NO_COLOR": "1"],
                width: 200, height: 40)
            defer { dashboard.close() }
            // mgmt, and 57 active accounts (the 3 suspended left out) in 2 regions.
            let loaded = dashboard.waitFor(timeout: 40) { $0.contains("107 live") && $0.contains("8 failing (4 accounts)") }
            #expect(loaded.contains("115 profiles · 57 accounts"), "\(loaded)")
            #expect(loaded.contains("107 live · 8 failing (4 accounts)"), "\(loaded)")
            let banner = loaded.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
            #expect(banner.contains(
                "agency refused in tenant-0054, tenant-0055, tenant-0056, tenant-0057: create agency omsdash in each, trusting account tenant-0000"),
                "\(banner)")
            #expect(!loaded.contains("tenant-0058") && !loaded.contains("tenant-0061"))
            CredentialsEndToEndTests.audit("the dashboard", loaded)

            let filtered = Self.filter(dashboard, "account:0012")
            let rows = filtered.split(separator: "\n").filter { $0.contains(" ●  ") || $0.contains(" ○  ") }
            #expect(rows.count == 4, "2 tasks in each of tenant-0012's 2 regions:\n\(filtered)")

            // The change comes 30 s in; a listing follows within 15 s.
            dashboard.send("Escape")
            dashboard.send("e")
            let events = dashboard.waitFor(timeout: max(10, 60 - Date().timeIntervalSince(started))) {
                $0.contains("account tenant-0061 joined organization corp") && $0.contains("account tenant-0001 left organization corp")
            }
            #expect(events.contains("account tenant-0061 joined organization corp: watching it in cn-north-4, cn-east-3"), "\(events)")
            #expect(events.contains("account tenant-0001 left organization corp"), "\(events)")
            dashboard.send("Escape")
            let joined = Self.filter(dashboard, "account:0061")
            #expect(joined.split(separator: "\n").filter { $0.contains(" ●  ") || $0.contains(" ○  ") }.count == 4, "tenant-0061's tasks:\n\(joined)")
            dashboard.send("Escape")
            let left = Self.filter(dashboard, "account:0001 ")
            #expect(left.split(separator: "\n").filter { $0.contains(" ●  ") || $0.contains(" ○  ") }.isEmpty, "tenant-0001's rows are gone:\n\(left)")
            #expect(left.contains("115 profiles · 57 accounts"), "one left, one joined:\n\(left)")
            CredentialsEndToEndTests.audit("the dashboard", left)
        }

        @Test("profiles --format json lists every profile and the suspended accounts, no secret; list --org goes on past the 4 refused accounts")
        func profilesAndList() throws {
            let simulator = try Self.simulator()
            defer { simulator.stop() }
            let config = try Self.writeConfig(simulator)
            let outcome = Spawn.run(
                [Binary.path, "profiles", "--config", config, "--format", "json"], environment: simulator.environment)
            #expect(outcome.status == 1, "8 profiles cannot be used: \(outcome.output.suffix(300))")
            CredentialsEndToEndTests.audit("profiles", outcome.output)
            let json = outcome.output[outcome.output.firstIndex(of: "[")!...outcome.output.lastIndex(of: "]")!]
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            let health = Dictionary(grouping: rows, by: { $0["health"] as? String ?? "" }).mapValues(\.count)
            #expect(health == ["ok": 107, "error": 8, "suspended": 3], "\(health)")
            let suspended = rows.filter { $0["health"] as? String == "suspended" }.compactMap { $0["account"] as? String }
            #expect(suspended == ["tenant-0058", "tenant-0059", "tenant-0060"])
            let refused = rows.filter { $0["health"] as? String == "error" }
            #expect(Set(refused.compactMap { $0["account"] as? String }) == ["tenant-0054", "tenant-0055", "tenant-0056", "tenant-0057"])
            #expect(refused.allSatisfy { ($0["error"] as? String ?? "").contains("trusting account tenant-0000, with the OMS read actions") })
            #expect(rows.filter { $0["organization"] as? String == "corp" }.count == 117)

            let list = Spawn.run(
                [Binary.path, "list", "--config", config, "--org", "corp", "--format", "csv"], environment: simulator.environment)
            #expect(list.status == 1)
            let lines = list.output.split(separator: "\n")
            #expect(lines.filter { $0.hasPrefix("tenant-") }.count == 4 * 53, "2 tasks × 2 regions × 53 accounts listed")
            #expect(lines.contains { $0 == "omsdash: 8 of 114 profiles could not be listed: see the lines above" })
            #expect(!lines.contains { $0.hasPrefix("mgmt,") }, "--org leaves the config's own profiles out")
        }

        @Test("a mistake in the organizations entry is one line and exit 2; an organization that cannot be listed and nothing else to watch is exit 1")
        func mistakes() throws {
            let simulator = try Self.simulator()
            defer { simulator.stop() }
            let bad = try Self.writeConfig(simulator, extra: ["include": ["tenant-[0"]])
            let outcome = Spawn.run([Binary.path, "profiles", "--config", bad], environment: simulator.environment)
            #expect(outcome.status == 2)
            #expect(outcome.output == "omsdash: \(bad): organizations[corp].include: \"tenant-[0\" is not a glob: use *, ? and [a-z], each [ closed\n")
            let unreachable = try Self.writeConfig(simulator, extra: ["organizations_endpoint": "http://127.0.0.1:\(SimulatorProcess.freePort())"])
            let listing = Spawn.run([Binary.path, "list", "--config", unreachable, "--org", "corp"], environment: simulator.environment)
            #expect(listing.status == 1)
            #expect(listing.output.hasPrefix("omsdash: organization corp: cannot list the accounts:"), "\(listing.output)")
            #expect(listing.output.split(separator: "\n").count == 1)
        }
    }
}
