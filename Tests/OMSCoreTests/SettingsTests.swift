import Foundation
import Testing

@testable import OMSCore

@Suite("Configuration: file, environment, overrides and one-line errors")
struct SettingsTests {
    /// Writes a config file into a fresh directory and returns its path.
    func write(_ json: String, mode: Int = 0o600) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("omsdash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("config.json").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, mode_t(mode))
        return path
    }

    func load(_ path: String?, env: [String: String] = [:], _ overrides: ConfigOverrides = ConfigOverrides())
        throws(ConfigurationError) -> Settings
    {
        var o = overrides
        o.configPath = path
        return try Settings.load(overrides: o, environment: env)
    }

    @Test("defaults give any field to every profile that leaves it out; regions make one profile per region")
    func defaultsAndRegions() throws {
        let path = try write(#"""
            {"defaults": {"ak": "env:FLEET_AK", "sk": "env:FLEET_SK", "endpoint": "https://oms.{region}.example.com",
                          "iam_endpoint": "https://iam.{region}.example.com", "proxy": "http://proxy.example.com:3128"},
             "profiles": [
               {"name": "acme", "regions": ["cn-north-4", "cn-east-3", "cn-southwest-2"]},
               {"name": "solo", "region": "cn-north-4", "project_id": "p9", "ak": "OWNAK", "sk": "env:SOLO_SK"}]}
            """#)
        let settings = try load(path, env: ["FLEET_AK": "FAK", "FLEET_SK": "fsk", "SOLO_SK": "ssk"])
        #expect(settings.profiles.map(\.name) == ["acme/cn-north-4", "acme/cn-east-3", "acme/cn-southwest-2", "solo"])
        let east = settings.profiles[1]
        #expect(east.region == "cn-east-3" && east.projectID == nil, "each region's project is discovered")
        #expect(east.endpoint.description == "https://oms.cn-east-3.example.com")
        #expect(east.iamEndpoint?.description == "https://iam.cn-east-3.example.com")
        #expect(east.credentials == .accessKey(id: "FAK", secret: "fsk", securityToken: nil))
        let solo = settings.profiles[3]
        #expect(solo.credentials == .accessKey(id: "OWNAK", secret: "ssk", securityToken: nil), "a profile's own fields win")
        #expect(solo.endpoint.description == "https://oms.cn-north-4.example.com", "and it takes the ones it leaves out")
        let picked = try load(path, env: ["FLEET_AK": "FAK", "FLEET_SK": "fsk", "SOLO_SK": "ssk"], ConfigOverrides(profile: "acme/cn-east-3"))
        #expect(picked.profiles.map(\.name) == ["acme/cn-east-3"], "--profile takes an expanded name")
    }

    @Test("regions' mistakes and names that collide after expansion are one line each")
    func regionsMistakes() throws {
        func message(_ json: String) -> String? {
            do {
                _ = try load(try write(json), env: ["K": "k"])
                return nil
            } catch { return (error as? ConfigurationError)?.message ?? "\(error)" }
        }
        let duplicate = message(#"{"profiles": [{"name": "a", "regions": ["cn-north-4"], "ak": "A", "sk": "env:K"}, {"name": "a/cn-north-4", "region": "cn-north-4", "ak": "A", "sk": "env:K", "project_id": "p"}]}"#)
        #expect(duplicate?.contains(#"two profiles are named "a/cn-north-4""#) == true)
        let withProject = message(#"{"profiles": [{"name": "a", "regions": ["cn-north-4"], "project_id": "p", "ak": "A", "sk": "env:K"}]}"#)
        #expect(withProject?.contains("leave region and project_id out") == true)
        let inDefaults = message(#"{"defaults": {"regions": ["cn-north-4"]}, "profiles": [{"name": "a", "region": "cn-north-4", "ak": "A", "sk": "env:K", "project_id": "p"}]}"#)
        #expect(inDefaults?.contains("not to every profile") == true)
    }

    @Test("the fleet's fields: background pace and ceiling read, with their defaults and checks")
    func fleetFields() throws {
        let profile = #"{"name": "bj", "region": "cn-north-4", "project_id": "p1", "ak": "AK1", "sk": "s"}"#
        let defaults = try load(try write(#"{"profiles": [\#(profile)]}"#))
        #expect(defaults.backgroundRefreshSeconds == 30 && defaults.requestsPerMinuteTotal == 600)
        let set = try load(try write(#"{"background_refresh_seconds": 45, "max_requests_per_minute_total": 300, "profiles": [\#(profile)]}"#))
        #expect(set.backgroundRefreshSeconds == 45 && set.requestsPerMinuteTotal == 300)
        let zero = try write(#"{"max_requests_per_minute_total": 0, "profiles": [\#(profile)]}"#)
        #expect(throws: ConfigurationError.self) { try load(zero) }
        let negative = try write(#"{"background_refresh_seconds": -1, "profiles": [\#(profile)]}"#)
        #expect(throws: ConfigurationError.self) { try load(negative) }
    }

    @Test("keys take one name or a list; theme and colors (names or numbers) are read as written")
    func screenPreferences() throws {
        let path = try write(#"""
            {"profiles": [{"name": "bj", "region": "cn-north-4", "project_id": "p1", "ak": "AK1", "sk": "env:MY_SK"}],
             "mouse": false, "keys": {"quit": "Q", "stop_task": ["x", "<c-x>"], "help": "none"},
             "theme": "light", "colors": {"warning": "yellow", "accent": 33}}
            """#)
        let settings = try load(path, env: ["MY_SK": "s"])
        #expect(settings.screen == ScreenPreferences(
            keys: ["quit": ["Q"], "stop_task": ["x", "<c-x>"], "help": ["none"]], theme: "light",
            colors: ["warning": "yellow", "accent": "33"]))
        let demo = try Settings.screenPreferences(configPath: path, environment: [:])
        #expect(demo.screen == settings.screen && !demo.mouse, "--demo reads them without resolving the profiles")
        let wrong = try write(#"{"keys": {"quit": 5}}"#)
        #expect(throws: ConfigurationError.self) { try Settings.screenPreferences(configPath: wrong, environment: [:]) }
    }

    @Test("a full profile resolves: region endpoint, env secrets, project id")
    func fullProfile() throws {
        let path = try write("""
            {"refresh_seconds": 3, "timeouts": {"connect_seconds": 2, "request_seconds": 9},
             "profiles": [{"name": "bj", "region": "cn-north-4", "project_id": "p1",
                           "ak": "AK1", "sk": "env:MY_SK", "_note": "comments start with _"}]}
            """)
        let settings = try load(path, env: ["MY_SK": "sk-from-env"])
        let profile = try #require(settings.profiles.first)
        #expect(profile.endpoint.description == "https://oms.cn-north-4.myhuaweicloud.com")
        #expect(profile.iamEndpoint?.description == "https://iam.cn-north-4.myhuaweicloud.com")
        #expect(profile.projectID == "p1")
        #expect(profile.credentials == .accessKey(id: "AK1", secret: "sk-from-env", securityToken: nil))
        #expect(settings.refreshSeconds == 3 && settings.connectTimeout == 2 && settings.requestTimeout == 9)
        #expect(settings.warnings.isEmpty)
    }

    @Test("no config file: the SDK's environment variables and --region make a profile")
    func environmentOnly() throws {
        let env = [
            "HOME": "/nonexistent", "HUAWEICLOUD_SDK_AK": "AK", "HUAWEICLOUD_SDK_SK": "SK",
            "HUAWEICLOUD_SDK_PROJECT_ID": "proj", "HUAWEICLOUD_SDK_SECURITY_TOKEN": "tok",
        ]
        let settings = try Settings.load(overrides: ConfigOverrides(region: "cn-east-3"), environment: env)
        #expect(settings.profiles.count == 1)
        #expect(settings.profiles[0].region == "cn-east-3")
        #expect(settings.profiles[0].projectID == "proj")
        #expect(settings.profiles[0].credentials == .accessKey(id: "AK", secret: "SK", securityToken: "tok"))
        #expect(settings.refreshSeconds == 5)
    }

    @Test("the default path follows XDG_CONFIG_HOME, else ~/.config")
    func defaultPath() {
        #expect(Settings.defaultConfigPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/omsdash/config.json")
        #expect(Settings.defaultConfigPath(environment: ["HOME": "/h"]) == "/h/.config/omsdash/config.json")
    }

    @Test("endpoint precedence: --endpoint, profile, SDK region variable, region table")
    func endpointPrecedence() throws {
        let path = try write(#"{"profiles": [{"name": "a", "region": "cn-north-4", "ak": "A", "sk": "S"}]}"#)
        let env = ["HUAWEICLOUD_SDK_REGION_OMS_CN_NORTH_4": "https://oms.internal.example.com"]
        #expect(try load(path, env: env).profiles[0].endpoint.host == "oms.internal.example.com")
        let overridden = try load(path, env: env, ConfigOverrides(endpoint: "http://127.0.0.1:9000"))
        #expect(overridden.profiles[0].endpoint.description == "http://127.0.0.1:9000")
        #expect(overridden.profiles[0].endpoint.hostHeader == "127.0.0.1:9000")
    }

    @Test("plain http is refused for anything but loopback")
    func httpOnlyForLoopback() {
        #expect(throws: ConfigurationError.self) { try Endpoint(parsing: "http://oms.example.com") }
        #expect(throws: ConfigurationError.self) { try Endpoint(parsing: "ftp://127.0.0.1") }
        #expect((try? Endpoint(parsing: "http://localhost:8080")) != nil)
        let v6 = try? Endpoint(parsing: "http://[::1]:8080")
        #expect(v6?.host == "::1")
        #expect(v6?.description == "http://[::1]:8080", "the brackets are written once")
        #expect(v6?.hostHeader == "[::1]:8080")
    }

    @Test("a region is a host name's part; an endpoint's host that names no region discovers no project")
    func regionNames() throws {
        for bad in ["cn-north-4 ", "CN-NORTH-4", "-cn", "cn.north", "cn/4", ""] {
            #expect(!RegionTable.isWellFormed(bad), "\(bad)")
            #expect(Endpoint.iam(region: bad) == nil)
        }
        #expect(RegionTable.isWellFormed("cn-north-99"), "a region the table does not know yet")
        #expect(Endpoint.iam(region: "cn-north-99")?.description == "https://iam.cn-north-99.myhuaweicloud.com")
        let v6 = try write(#"{"profiles": [{"name": "a", "endpoint": "http://[::1]:9", "project_id": "p", "ak": "A", "sk": "S"}]}"#)
        let profile = try load(v6).profiles[0]
        #expect(profile.region == "::1")
        #expect(profile.iamEndpoint == nil)
        #expect(profile.endpoint.description == "http://[::1]:9")
    }

    @Test("JSON syntax errors name the file, line and column")
    func syntaxError() throws {
        let path = try write("{\n  \"profiles\": [\n    {\"name\": \"a\",, }\n  ]\n}")
        #expect {
            try load(path)
        } throws: { error in
            let message = (error as? ConfigurationError)?.message ?? ""
            return message.hasPrefix(path + ":3:") && message.contains("invalid JSON")
        }
    }

    @Test("an unknown field is reported with a suggestion")
    func unknownField() throws {
        let path = try write(#"{"refresh_second": 2, "profiles": []}"#)
        #expect {
            try load(path)
        } throws: { error in
            let message = "\(error)"
            return message.contains("refresh_second") && message.contains("did you mean \"refresh_seconds\"")
        }
    }

    @Test("unknown region, missing credentials, unknown profile, missing env: one line each")
    func oneLineErrors() throws {
        let unknownRegion = try write(#"{"profiles": [{"name": "a", "region": "mars-1", "ak": "A", "sk": "S"}]}"#)
        #expect(throws: ConfigurationError.unknownRegion(path: unknownRegion, region: "mars-1")) { try load(unknownRegion) }
        let noSK = try write(#"{"profiles": [{"name": "a", "region": "cn-north-4", "ak": "A"}]}"#)
        #expect(throws: ConfigurationError.missingCredentials(path: noSK, profile: "a", reason: Wording(.reasonNoSK))) { try load(noSK) }
        #expect(throws: ConfigurationError.unknownProfile("zz", available: ["a"])) {
            try load(noSK, ConfigOverrides(profile: "zz"))
        }
        let envRef = try write(#"{"profiles": [{"name": "a", "region": "cn-north-4", "ak": "A", "sk": "env:NOPE_SK"}]}"#)
        #expect(throws: ConfigurationError.missingEnvironment(name: "NOPE_SK", field: "profiles[a].sk")) { try load(envRef) }
        #expect(throws: ConfigurationError.self) { try load("/nonexistent/omsdash.json") }
        for error in [ConfigurationError.unknownRegion(path: "p", region: "r"), .missingCredentials(path: "p", profile: "a", reason: .verbatim("x"))] {
            #expect(!error.message.contains("\n"))
        }
    }

    @Test("a config holding secrets and readable by others gets a warning, as ssh does")
    func permissionWarning() throws {
        let json = #"{"profiles": [{"name": "a", "region": "cn-north-4", "ak": "A", "sk": "LITERAL"}]}"#
        let open = try write(json, mode: 0o644)
        #expect(try load(open).warnings.first?.english.contains("chmod 600") == true)
        #expect(try load(try write(json, mode: 0o600)).warnings.isEmpty)
        let referencesOnly = try write(#"{"profiles": [{"name": "a", "region": "cn-north-4", "ak": "A", "sk": "env:S"}]}"#, mode: 0o644)
        #expect(try load(referencesOnly, env: ["S": "x"]).warnings.isEmpty)
    }

    @Test("task credentials: per task, then *, then OMSDASH_* variables")
    func taskCredentials() throws {
        let path = try write("""
            {"profiles": [{"name": "a", "region": "cn-north-4", "ak": "A", "sk": "S"}],
             "task_credentials": {
               "t1": {"src_ak": "S1", "src_sk": "env:T1_SRC_SK", "dst_ak": "D1", "dst_sk": "d1"},
               "*": {"src_ak": "SX", "src_sk": "sx", "dst_ak": "DX", "dst_sk": "dx"}}}
            """)
        let store = try load(path, env: ["T1_SRC_SK": "from-env"]).taskCredentials
        #expect(try store.startRequest(for: "t1") == StartSyncTaskRequest(srcAK: "S1", srcSK: "from-env", dstAK: "D1", dstSK: "d1"))
        #expect(try store.startRequest(for: "other")?.srcAK == "SX")
        let envStore = TaskCredentialStore(entries: [:], environment: [
            "OMSDASH_SRC_AK": "a", "OMSDASH_SRC_SK": "b", "OMSDASH_DST_AK": "c", "OMSDASH_DST_SK": "d",
        ])
        #expect(try envStore.startRequest(for: "any")?.dstAK == "c")
        #expect(try TaskCredentialStore(entries: [:]).startRequest(for: "any") == nil)
    }

    @Test("secrets print redacted everywhere")
    func secretsPrintRedacted() {
        let credentials = Credentials.accessKey(id: "AKID", secret: "TOP-SECRET", securityToken: "TOKEN-SECRET")
        #expect("\(credentials)" == "AK AK… (temporary)")
        #expect(!String(reflecting: credentials).contains("TOP-SECRET"))
        #expect(!String(reflecting: credentials).contains("TOKEN-SECRET"))
        #expect("\(SecretReference("LITERAL"))" == "<redacted>")
        #expect("\(SecretReference("env:X"))" == "env:X")
    }
}

@Suite("JSON syntax checker: the first error and where it is")
struct JSONSyntaxCheckerTests {
    func problem(_ text: String) -> JSONSyntaxChecker.Problem? {
        JSONSyntaxChecker.firstProblem(in: Array(text.utf8))
    }

    @Test("valid JSON has no problem")
    func valid() {
        #expect(problem(#"{"a": [1, -2.5e3, true, false, null, "x\"y", {}], "迁移": {"b": []}}"#) == nil)
        #expect(problem("  42 ") == nil)
    }

    @Test("errors are located by line and column")
    func located() {
        #expect(problem("{\n  \"a\": 1,,\n}")?.line == 2)
        #expect(problem("{\n  \"a\": 1,,\n}")?.column == 10)
        #expect(problem(#"{"a": tru}"#)?.reason.english.hasPrefix("expected true") == true)
        #expect(problem(#"{"a": "open"#)?.reason.english.hasPrefix("unterminated string") == true)
        #expect(problem(#"{"a": 1} x"#)?.reason.english.hasPrefix("unexpected text after the end") == true)
        #expect(problem(#"{a: 1}"#)?.reason.english.hasPrefix("expected a quoted key") == true)
        #expect(problem("")?.reason.english.hasPrefix("expected a value") == true)
    }

    @Test("what was wrong and what was found there are words of the table, in Chinese too")
    func worded() throws {
        let found = try #require(problem(#"{"a": tru}"#))
        let error = ConfigurationError.syntax(path: "c.json", line: found.line, column: found.column, reason: found.reason)
        #expect(error.message(in: .english) == #"c.json:1:10: invalid JSON (expected true, found "}")"#)
        #expect(error.message(in: .simplifiedChinese) == "c.json:1:10：JSON 格式错误（此处应为 true，实际是“}”）")
        let end = try #require(problem(#"{"a": "\uD83D"}"#))
        #expect(end.reason.text(.simplifiedChinese) == #"半个字符：\uD83D 之后须是它的低位半 \uDC00 到 \uDFFF，实际是“\”"#)
    }
}
