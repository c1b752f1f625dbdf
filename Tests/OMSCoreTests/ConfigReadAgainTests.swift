import Foundation
import Testing

@testable import OMSCore

@Suite("A config read again with the running face's credentials: what stays, what changes")
struct ConfigReadAgainTests {
    let helper = CredentialSourceTests()

    static func config(bRegion: String, cAgency: String) -> String {
        #"""
        {"defaults": {"iam_endpoint": "https://iam.example.com"},
         "profiles": [
           {"name": "mgmt", "region": "cn-north-4", "project_id": "p0", "ak": "MGMTAK0000000001", "sk": "env:MGMT_SK"},
           {"name": "a", "region": "cn-north-4", "project_id": "p1", "source_profile": "mgmt",
            "agency": {"name": "omsdash-readonly", "domain_name": "acct-a"}},
           {"name": "b", "region": "\#(bRegion)", "project_id": "p2", "source_profile": "mgmt",
            "agency": {"name": "omsdash-readonly", "domain_name": "acct-b"}},
           {"name": "c", "region": "cn-north-4", "project_id": "p3", "source_profile": "mgmt",
            "agency": {"name": "\#(cAgency)", "domain_name": "acct-c"}}]}
        """#
    }

    func load(_ text: String, credentials: CredentialRegistry) throws -> Settings {
        var overrides = ConfigOverrides()
        overrides.configPath = try helper.write(text)
        return try Settings.load(overrides: overrides, environment: ["MGMT_SK": "secret"], credentials: credentials)
    }

    @Test("sources named as before keep their credential; a changed profile restarts; the credentials no profile needs are let go")
    func readAgain() throws {
        let registry = CredentialRegistry()
        defer { registry.stop() }
        let first = try load(Self.config(bRegion: "cn-north-4", cAgency: "omsdash-readonly"), credentials: registry)
        let second = try load(Self.config(bRegion: "cn-east-3", cAgency: "omsdash-admin"), credentials: registry)
        let before = Dictionary(uniqueKeysWithValues: first.profiles.map { ($0.name, $0) })
        let after = Dictionary(uniqueKeysWithValues: second.profiles.map { ($0.name, $0) })
        #expect(after["mgmt"]!.credentials === before["mgmt"]!.credentials)
        #expect(after["a"]!.credentials === before["a"]!.credentials, "the same agency: its key is kept, no IAM call")
        #expect(after["b"]!.credentials === before["b"]!.credentials, "a new region, the same agency key")
        #expect(after["c"]!.credentials !== before["c"]!.credentials, "another agency: another credential")

        let change = ProfileChange(from: first.profiles, to: second.profiles)
        #expect(change.restarting == ["b", "c"])
        #expect(change.leaving == ["b", "c"] && change.arriving.map(\.name) == ["b", "c"])
        #expect(change.added == 0 && change.removed == 0)

        let oldAgencyOfC = before["c"]!.credentials
        registry.keepOnly(second.profiles.map(\.credentials))
        #expect(registry.handle(for: oldAgencyOfC.source, connection: CredentialConnection()) !== oldAgencyOfC, "c's old agency was let go")
        #expect(registry.handle(for: after["mgmt"]!.credentials.source, connection: CredentialConnection()) === after["mgmt"]!.credentials)
    }

    @Test("profiles gone and new, in the new order")
    func goneAndNew() throws {
        let registry = CredentialRegistry()
        defer { registry.stop() }
        let first = try load(Self.config(bRegion: "cn-north-4", cAgency: "omsdash-readonly"), credentials: registry)
        let kept = first.profiles.filter { $0.name != "a" }
        var new = first.profiles[1]
        new.name = "d"
        let change = ProfileChange(from: first.profiles, to: [new] + kept)
        #expect(change.leaving == ["a"] && change.arriving.map(\.name) == ["d"] && change.restarting.isEmpty)
        #expect(change.added == 1 && change.removed == 1)
    }
}
