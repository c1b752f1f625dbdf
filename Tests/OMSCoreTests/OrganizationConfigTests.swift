import Foundation
import Testing

@testable import OMSCore

@Suite("Organizations in the config: checked entries, globs, and the profiles a listing makes")
struct OrganizationConfigTests {
    func load(_ text: String, organization: String? = nil) throws(ConfigurationError) -> Settings {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("omsdash-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("config.json").path
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        return try Settings.load(
            overrides: ConfigOverrides(configPath: path, organization: organization), environment: ["MGMT_SK": "secret"])
    }

    /// A config with the profile `mgmt` and one organization of `fields` besides its name and source.
    func config(_ fields: String, name: String = "corp", source: String = "mgmt") -> String {
        #"""
        {"profiles": [{"name": "mgmt", "region": "cn-north-4", "ak": "MGMTAK0000000001", "sk": "env:MGMT_SK"}],
         "organizations": [{"name": "\#(name)", "source_profile": "\#(source)", "agency": "omsdash-readonly", \#(fields)}]}
        """#
    }

    func message(_ text: String) -> String {
        do {
            _ = try load(text)
            return "loaded"
        } catch {
            return error.message
        }
    }

    @Test("a mistake in an entry is one line naming the field and the fix")
    func mistakes() {
        let cases: [(String, String)] = [
            (config(#""regions": ["cn-north-4"]"#, source: "nobody"), "organizations[corp].source_profile: \"nobody\" is not"),
            (config(#""regions": []"#), "organizations[corp].regions: regions must list one or more regions"),
            (config(#""regions": ["cn-north-4", "cn-north-4"]"#), "organizations[corp].regions"),
            (config(#""regions": ["cn-north-4"], "include": ["prod-[a"]"#), "organizations[corp].include: \"prod-[a\" is not a glob"),
            (config(#""regions": ["cn-north-4"], "exclude": [""]"#), "organizations[corp].exclude"),
            (config(#""regions": ["cn-north-4"]"#, name: "mgmt"), "\"mgmt\" is also the name of another organization or profile"),
            (config(#""regions": ["cn-north-4"], "rediscover_minutes": 0.1"#), "rediscover_minutes must be at least 0.25"),
            (config(#""regions": ["cn-north-4"], "duration_seconds": 60"#), "duration_seconds must be 900 to 86400"),
            (config(#""regions": ["nowhere-9"]"#), "none of the regions has OMS sync tasks"),
            (config(#""regions": ["cn-north-4"], "agencyy": "x""#), "agencyy"),
        ]
        for (text, expected) in cases {
            let message = message(text)
            #expect(message.contains(expected), "\(message)")
            #expect(!message.contains("\n") && !message.contains("secret"))
        }
        #expect(message(config(#""regions": ["cn-north-4"]"#)) == "loaded")
    }

    @Test("a region without OMS sync tasks is said once and left out; the others stay")
    func regionWithoutOMS() throws {
        let settings = try load(config(#""regions": ["cn-north-4", "nowhere-9"]"#))
        #expect(settings.organizations.organizations[0].regions == ["cn-north-4"])
        #expect(settings.warnings.map(\.english) == [
            "organization corp: region nowhere-9 has no OMS sync tasks and is left out; give endpoint to watch it anyway",
        ])
    }

    @Test("--org watches that organization's accounts alone; an unknown name lists the ones there are")
    func onlyOneOrganization() throws {
        let text = config(#""regions": ["cn-north-4"]"#)
        let settings = try load(text, organization: "corp")
        #expect(settings.profiles.isEmpty, "mgmt is a source, not watched under --org")
        #expect(settings.organizations.organizations.map(\.name) == ["corp"])
        #expect(throws: ConfigurationError.unknownOrganization("other", available: ["corp"])) { try load(text, organization: "other") }
    }

    @Test("globs: *, ? and sets, in any case")
    func globs() throws {
        let pattern = try #require(AccountPattern("Prod-?[0-9]*"))
        #expect(pattern.matches("prod-a1") && pattern.matches("PROD-B9-eu") && !pattern.matches("prod-1") && !pattern.matches("dev-a1"))
        #expect(try #require(AccountPattern("[!s]*")).matches("prod") && !(try #require(AccountPattern("[!s]*")).matches("sandbox")))
        #expect(try #require(AccountPattern("*")).matches(""))
        #expect(AccountPattern("[z-a]") == nil && AccountPattern("a[") == nil && AccountPattern("") == nil)
    }

    @Test("a listing makes a profile per active account and region: the management account, excluded and inactive accounts aside")
    func roster() throws {
        let settings = try load(config(#""regions": ["cn-north-4", "cn-east-3"], "exclude": ["sandbox-*"]"#))
        let organization = settings.organizations.organizations[0]
        let members = OrganizationMembers(managementID: "m", managementName: "mgmt-account", accounts: [
            OrganizationAccount(id: "m", name: "mgmt-account", status: "active"),
            OrganizationAccount(id: "1", name: "prod-a", status: "ACTIVE"),
            OrganizationAccount(id: "2", name: "prod-b", status: "active"),
            OrganizationAccount(id: "3", name: "sandbox-x", status: "active"),
            OrganizationAccount(id: "4", name: "old", status: "SUSPENDED"),
            OrganizationAccount(id: "5", name: "closing", status: "pending_closure"),
        ])
        let roster = settings.organizations.roster(of: organization, members: members)
        #expect(roster.profiles.map(\.name) == ["prod-a/cn-north-4", "prod-a/cn-east-3", "prod-b/cn-north-4", "prod-b/cn-east-3"])
        #expect(roster.inactive.map(\.name) == ["old", "closing"])
        #expect(roster.accountCount == 2)
        let first = roster.profiles[0]
        #expect(first.account == "prod-a" && first.organization == "corp" && first.region == "cn-north-4")
        #expect(first.credentials === roster.profiles[1].credentials, "one agency key for the account's regions")
        guard case .agency(let agency, let via, let source, _) = first.credentials.source else {
            Issue.record("not an agency: \(first.credentials.source)")
            return
        }
        #expect(agency == Agency(name: "omsdash-readonly", domain: .name("prod-a"), durationSeconds: 3600, trustedAccount: "mgmt-account"))
        #expect(via == "mgmt")
        let mgmt = try #require(settings.profiles.first { $0.name == "mgmt" })
        #expect(source == mgmt.credentials.source, "the members' agencies are assumed with mgmt's key")
    }

    @Test("defaults reach the profiles an organization makes: endpoints (region placeholder filled), proxy and no_proxy; the entry's own win")
    func defaultsReachMembers() throws {
        let text = #"""
        {"defaults": {"endpoint": "https://oms.{region}.corp.example", "iam_endpoint": "https://iam.{region}.corp.example",
                      "obs_endpoint": "https://obs.{region}.corp.example", "proxy": "http://proxy.corp.example:3128",
                      "no_proxy": "internal.example"},
         "profiles": [{"name": "mgmt", "region": "cn-north-4", "ak": "MGMTAK0000000001", "sk": "env:MGMT_SK"}],
         "organizations": [{"name": "corp", "source_profile": "mgmt", "agency": "omsdash-readonly", "regions": ["cn-east-3", "xx-south-9"]},
                           {"name": "own", "source_profile": "mgmt", "agency": "omsdash-readonly", "regions": ["cn-east-3"],
                            "iam_endpoint": "https://iam.own.example"}]}
        """#
        let settings = try load(text)
        #expect(settings.warnings.isEmpty, "a region unknown to the table is kept when defaults give an endpoint")
        let members = OrganizationMembers(managementID: "m", managementName: "mgmt-account", accounts: [
            OrganizationAccount(id: "1", name: "prod-a", status: "active"),
        ])
        let corp = settings.organizations.roster(of: settings.organizations.organizations[0], members: members)
        let member = try #require(corp.profiles.first { $0.region == "cn-east-3" })
        #expect(corp.profiles.map(\.name) == ["corp/prod-a/cn-east-3", "corp/prod-a/xx-south-9"])
        #expect(member.endpoint.hostHeader == "oms.cn-east-3.corp.example")
        #expect(member.iamEndpoint?.hostHeader == "iam.cn-east-3.corp.example")
        #expect(member.obsEndpoint?.hostHeader == "obs.cn-east-3.corp.example")
        #expect(member.network.httpsProxy?.host == "proxy.corp.example" && member.network.httpsProxy?.port == 3128)
        #expect(member.network.noProxy.bypasses("internal.example") && !member.network.noProxy.bypasses("oms.cn-east-3.corp.example"))
        guard case .agency(_, _, _, let iam) = member.credentials.source else {
            Issue.record("not an agency: \(member.credentials.source)")
            return
        }
        #expect(iam.hostHeader == "iam.cn-east-3.corp.example", "the agency is assumed at the defaults' IAM, not the global one")
        let own = settings.organizations.roster(of: settings.organizations.organizations[1], members: members)
        #expect(own.profiles.first?.iamEndpoint?.hostHeader == "iam.own.example")
        #expect(own.profiles.first?.endpoint.hostHeader == "oms.cn-east-3.corp.example")
    }

    @Test("an account whose profile name is taken is left out, said once")
    func nameTaken() throws {
        let text = #"""
            {"profiles": [{"name": "mgmt", "region": "cn-north-4", "ak": "MGMTAK0000000001", "sk": "env:MGMT_SK"},
                          {"name": "prod-a/cn-north-4", "region": "cn-north-4", "ak": "A", "sk": "env:MGMT_SK"}],
             "organizations": [{"name": "corp", "source_profile": "mgmt", "agency": "ro", "regions": ["cn-north-4"]}]}
            """#
        let settings = try load(text)
        let members = OrganizationMembers(managementID: "m", managementName: "m", accounts: [
            OrganizationAccount(id: "1", name: "prod-a", status: "active"), OrganizationAccount(id: "2", name: "prod-b", status: "active"),
        ])
        let roster = settings.organizations.roster(of: settings.organizations.organizations[0], members: members)
        #expect(roster.profiles.map(\.name) == ["prod-b/cn-north-4"])
        #expect(roster.skipped.map(\.english) == [
            "account prod-a is left out: profile \"prod-a/cn-north-4\" is already in the config; rename that profile or exclude the account",
        ])
    }

    @Test("with several organizations, profiles are named ORG/ACCOUNT/REGION")
    func severalOrganizations() throws {
        let text = #"""
            {"profiles": [{"name": "mgmt", "region": "cn-north-4", "ak": "MGMTAK0000000001", "sk": "env:MGMT_SK"}],
             "organizations": [{"name": "corp", "source_profile": "mgmt", "agency": "ro", "regions": ["cn-north-4"]},
                               {"name": "labs", "source_profile": "mgmt", "agency": "ro", "regions": ["cn-east-3"]}]}
            """#
        let settings = try load(text)
        let members = OrganizationMembers(managementID: "m", managementName: "m", accounts: [OrganizationAccount(id: "1", name: "a", status: "active")])
        #expect(settings.organizations.roster(of: settings.organizations.organizations[1], members: members).profiles.map(\.name) == ["labs/a/cn-east-3"])
    }

    @Test("ListAccounts' page and ShowOrganization's answer, as the SDK's models spell them")
    func decoding() throws {
        let page = try JSONDecoder().decode(AccountPage.self, from: Data(#"""
            {"accounts": [{"id": "0a1b", "urn": "organizations::1:account:o-1/0a1b", "join_method": "invited", "joined_at": "2026-01-05T08:00:00Z",
                           "name": "prod-a", "status": "ACTIVE", "unknown": 1}],
             "page_info": {"next_marker": null, "current_count": 1}}
            """#.utf8))
        #expect(page.accounts == [OrganizationAccount(id: "0a1b", name: "prod-a", status: "ACTIVE")] && page.pageInfo?.nextMarker == nil)
        #expect(page.accounts[0].isActive)
        let show = try JSONDecoder().decode(OrganizationAnswer.self, from: Data(#"""
            {"organization": {"id": "o-1", "management_account_id": "m1", "management_account_name": "root", "created_at": "2026-01-05T08:00:00Z"}}
            """#.utf8))
        #expect(show.organization.managementAccountID == "m1" && show.organization.managementAccountName == "root")
    }
}
