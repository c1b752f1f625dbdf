import Foundation
import Testing

@testable import OMSCore

@Suite("Credential sources in the config: keys, file, ecs, oidc, chain and agencies")
struct CredentialSourceTests {
    func write(_ text: String, name: String = "config.json") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("omsdash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        return path
    }

    func load(_ path: String, env: [String: String] = [:]) throws(ConfigurationError) -> Settings {
        var overrides = ConfigOverrides()
        overrides.configPath = path
        return try Settings.load(overrides: overrides, environment: env)
    }

    @Test("agency profiles share one source credential, and each agency (over regions) one key")
    func agenciesShareTheirSource() throws {
        let path = try write(#"""
            {"defaults": {"iam_endpoint": "https://iam.example.com"},
             "profiles": [
               {"name": "mgmt", "region": "cn-north-4", "ak": "MGMTAK0000000001", "sk": "env:MGMT_SK"},
               {"name": "a", "regions": ["cn-north-4", "cn-east-3"], "source_profile": "mgmt",
                "agency": {"name": "omsdash-readonly", "domain_name": "acct-a"}},
               {"name": "b", "region": "cn-north-4", "source_profile": "mgmt",
                "agency": {"name": "omsdash-readonly", "domain_id": "0123", "duration_seconds": 900}}]}
            """#)
        let settings = try load(path, env: ["MGMT_SK": "secret"])
        let byName = Dictionary(uniqueKeysWithValues: settings.profiles.map { ($0.name, $0) })
        #expect(byName["mgmt"]!.credentials.source.label == "keys")
        #expect(byName["a/cn-north-4"]!.credentials.source.label == "agency omsdash-readonly in acct-a via mgmt")
        #expect(byName["a/cn-north-4"]!.credentials === byName["a/cn-east-3"]!.credentials, "one key for the agency's regions")
        #expect(byName["b"]!.credentials !== byName["a/cn-north-4"]!.credentials)
        guard case .agency(let agency, _, let source, let iam) = byName["b"]!.credentials.source else {
            Issue.record("b is no agency profile")
            return
        }
        #expect(agency == Agency(name: "omsdash-readonly", domain: .id("0123"), durationSeconds: 900))
        #expect(source == byName["mgmt"]!.credentials.source && iam.description == "https://iam.example.com")
        #expect(byName["b"]!.credentials.status.isTemporary && byName["b"]!.credentials.status.expiresAt == nil)
        #expect(!"\(byName["mgmt"]!.credentials)".contains("secret"))
    }

    static let mistakes: [(String, String)] = [
        (#"{"name": "x", "region": "cn-north-4", "agency": {"name": "r", "domain_name": "d"}}"#, "profiles[x].agency: an agency needs source_profile"),
        (#"{"name": "x", "region": "cn-north-4", "source_profile": "nobody", "agency": {"name": "r", "domain_name": "d"}}"#, "\"nobody\" is not another profile of this file (profiles: defaults, m)"),
        (#"{"name": "x", "region": "cn-north-4", "source_profile": "m", "agency": {"name": "r"}}"#, "an agency needs name, and domain_name or domain_id"),
        (#"{"name": "x", "region": "cn-north-4", "source_profile": "m", "agency": {"name": "r", "domain_name": "d", "duration_seconds": 60}}"#, "duration_seconds must be 900 to 86400"),
        (#"{"name": "x", "region": "cn-north-4", "source_profile": "m"}"#, "source_profile goes with agency"),
        (#"{"name": "x", "region": "cn-north-4", "credentials": "vault"}"#, "\"vault\" is not a credential source: use one of keys, file, ecs, oidc, chain"),
        (#"{"name": "x", "region": "cn-north-4", "credentials": "oidc"}"#, "oidc needs HUAWEICLOUD_SDK_IDP_ID and HUAWEICLOUD_SDK_ID_TOKEN_FILE"),
        (#"{"name": "x", "region": "cn-north-4", "agency": {"name": "r", "domain_name": "d", "domian_id": "e"}, "source_profile": "m"}"#, "did you mean \"domain_id\""),
    ]

    @Test("without an iam_endpoint an agency is assumed at IAM's global endpoint, one key for every region")
    func agencyAtGlobalIAM() throws {
        let path = try write(#"""
            {"profiles": [
               {"name": "mgmt", "region": "cn-north-4", "ak": "MGMTAK0000000001", "sk": "s"},
               {"name": "a", "regions": ["cn-north-4", "cn-east-3"], "source_profile": "mgmt",
                "agency": {"name": "r", "domain_name": "acct-a"}}]}
            """#)
        let profiles = try load(path).profiles
        #expect(profiles[1].credentials === profiles[2].credentials)
        guard case .agency(_, _, _, let iam) = profiles[1].credentials.source else {
            Issue.record("no agency")
            return
        }
        #expect(iam == Endpoint.globalIAM)
        #expect(profiles[2].iamEndpoint?.description == "https://iam.cn-east-3.myhuaweicloud.com", "projects are still discovered in the region")
    }

    @Test("mistakes in an agency or a source are one line naming the field", arguments: Self.mistakes)
    func agencyMistakes(profile: String, expected: String) throws {
        let path = try write(#"{"defaults": {"ak": "AK", "sk": "SK"}, "profiles": [{"name": "m", "region": "cn-north-4"}, "# + profile + "]}")
        do {
            _ = try load(path)
            Issue.record("accepted \(profile)")
        } catch {
            #expect(error.message.contains(expected), "\(error.message)")
            #expect(!error.message.contains("\n"))
        }
    }

    @Test("the chain takes the environment first, then its workload identity, then the credentials file")
    func chainOrder() throws {
        let tokenFile = try write("a.b.c", name: "token")
        let credentials = try write("[basic]\nak = FILEAK0000000001\nsk: file-secret\n; comment\nproject_id = pfile\n", name: "credentials")
        let path = try write(#"{"profiles": [{"name": "p", "region": "cn-north-4"}]}"#)
        let fromEnv = try load(path, env: ["HUAWEICLOUD_SDK_AK": "ENVAK00000000001", "HUAWEICLOUD_SDK_SK": "s",
                                           "HUAWEICLOUD_SDK_CREDENTIALS_FILE": credentials])
        #expect(fromEnv.profiles[0].credentials.source.label == "chain → env")
        let fromOIDC = try load(path, env: ["HUAWEICLOUD_SDK_IDP_ID": "cce", "HUAWEICLOUD_SDK_ID_TOKEN_FILE": tokenFile,
                                            "HUAWEICLOUD_SDK_CREDENTIALS_FILE": credentials])
        #expect(fromOIDC.profiles[0].credentials.source == .chain(
            link: "env", .oidc(idpID: "cce", tokenFile: tokenFile, iam: Endpoint.iam(region: "cn-north-4")!)))
        let fromFile = try load(path, env: ["HUAWEICLOUD_SDK_CREDENTIALS_FILE": credentials])
        #expect(fromFile.profiles[0].credentials.source.label == "chain → file")
        #expect(fromFile.profiles[0].projectID == "pfile", "the file's project_id, as the SDK takes it")
        #expect(fromFile.profiles[0].credentials.status.key == "FILE…01")
        do {
            _ = try load(path, env: ["HUAWEICLOUD_SDK_CREDENTIALS_FILE": "/nonexistent/credentials"])
            Issue.record("a chain with no link was accepted")
        } catch {
            #expect(error.message.contains("no credentials found (environment, credentials file, ECS metadata): set HUAWEICLOUD_SDK_AK"))
        }
        let ecs = try write(#"{"profiles": [{"name": "p", "region": "cn-north-4", "metadata_endpoint": "http://127.0.0.1:9"}]}"#)
        let fromECS = try load(ecs, env: ["HUAWEICLOUD_SDK_CREDENTIALS_FILE": "/nonexistent/credentials"])
        #expect(fromECS.profiles[0].credentials.source == .chain(link: "ecs", .ecs(metadata: try Endpoint(parsing: "http://127.0.0.1:9"))))
    }

    @Test("the credentials file is read as configparser reads it")
    func credentialsFile() {
        let file = CredentialsFile(parsing: "# c\n[other]\nak=X\n[basic]\n  AK = A1 \nsk=S1\nsecurity_token =\n")
        #expect(file.key == .accessKey(id: "A1", secret: "S1", securityToken: nil))
        #expect(CredentialsFile(parsing: "[basic]\nak=A\n").key == nil, "no SK, no key")
    }

    static let times: [(String, Int64)] = [
        ("2026-12-02T18:00:00.000000Z", 1_796_234_400_000), ("2026-12-02T18:00:00.123Z", 1_796_234_400_123),
        ("2026-12-02T18:00:00Z", 1_796_234_400_000),
    ]

    @Test("IAM's expiry times are read to the millisecond", arguments: Self.times)
    func expiryTimes(text: String, milliseconds: Int64) {
        #expect(ExpiryTime.parse(text) == milliseconds)
        #expect(ExpiryTime.parse(ExpiryTime.format(milliseconds: milliseconds)) == milliseconds)
    }

    @Test("malformed expiry times are refused", arguments: ["", "2026-12-02 18:00:00Z", "2026-13-02T18:00:00Z", "2026-12-02T18:00:00.Z", "x026-12-02T18:00:00Z"])
    func badExpiryTimes(text: String) {
        #expect(ExpiryTime.parse(text) == nil)
    }
}
