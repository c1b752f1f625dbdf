import Foundation
import Testing

@testable import OMSCore

@Suite("Configuration: edge cases a newcomer meets")
struct ConfigEdgeCaseTests {
    func message(_ json: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("omsdash-\(UUID().uuidString).json").path
        FileManager.default.createFile(atPath: path, contents: Data(json.utf8))
        chmod(path, 0o600)
        do {
            _ = try Settings.load(overrides: ConfigOverrides(configPath: path), environment: ["HUAWEICLOUD_SDK_AK": "a", "HUAWEICLOUD_SDK_SK": "b"])
            return ""
        } catch {
            return String(error.message.dropFirst(path.count))
        }
    }

    @Test("two profiles with one name, a number too large, and a null config are one-line errors")
    func edgeCases() {
        let twice = #"{"profiles": [{"name": "bj", "region": "cn-north-4"}, {"name": "bj", "region": "cn-east-3"}]}"#
        #expect(message(twice) == #": profiles: two profiles are named "bj": give each its own name"#)
        #expect(message("{\n  \"refresh_seconds\": 1e400\n}") == #":2:22: invalid JSON (a number too large to hold, found "1")"#)
        #expect(message("null") == #": (file): the config must be a JSON object, {"profiles": [...]}; see config.example.json"#)
        #expect(message("[]").hasSuffix("the config must be a JSON object, {\"profiles\": [...]}; see config.example.json"))
    }

    @Test("mouse: on unless the config says false; anything but a boolean is an error")
    func mouse() throws {
        func settings(_ json: String) throws -> Settings {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("omsdash-\(UUID().uuidString).json").path
            FileManager.default.createFile(atPath: path, contents: Data(json.utf8))
            return try Settings.load(overrides: ConfigOverrides(configPath: path), environment: ["HUAWEICLOUD_SDK_AK": "a", "HUAWEICLOUD_SDK_SK": "b", "HUAWEICLOUD_SDK_REGION": "cn-north-4"])
        }
        #expect(try settings(#"{"profiles": [{"region": "cn-north-4", "project_id": "p"}]}"#).mouse)
        #expect(try !settings(#"{"mouse": false, "profiles": [{"region": "cn-north-4", "project_id": "p"}]}"#).mouse)
        #expect(message(#"{"mouse": "no"}"#).contains("mouse"))
    }
}

@Suite("Configuration: an endpoint and a project id need no region")
struct EndpointWithoutRegionTests {
    @Test("with both, the region is left out; the standard host gives it back; with only one, the message says what to add")
    func endpointWithoutRegion() throws {
        let environment = ["HUAWEICLOUD_SDK_AK": "a", "HUAWEICLOUD_SDK_SK": "b", "XDG_CONFIG_HOME": "/nonexistent-omsdash"]
        let local = try Settings.load(
            overrides: ConfigOverrides(projectID: "p1", endpoint: "http://127.0.0.1:8080"),
            environment: environment)
        #expect(local.profiles[0].region == "127.0.0.1")
        #expect(local.profiles[0].endpoint.description == "http://127.0.0.1:8080")
        let standard = try Settings.load(
            overrides: ConfigOverrides(projectID: "p1", endpoint: "https://oms.cn-east-3.myhuaweicloud.com"), environment: environment)
        #expect(standard.profiles[0].region == "cn-east-3")
        do {
            _ = try Settings.load(overrides: ConfigOverrides(endpoint: "http://127.0.0.1:8080"), environment: environment)
            Issue.record("an endpoint without a project id still needs a region for discovery")
        } catch {
            #expect(error.message.hasSuffix("or give both an endpoint and a project id"))
        }
    }
}
