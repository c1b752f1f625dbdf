import Foundation
import Testing

@testable import OMSCore

@Suite("Configuration: the alerts object")
struct AlertSettingsTests {
    func alerts(_ json: String) throws -> AlertSettings {
        try JSONDecoder().decode(ConfigFile.self, from: Data(#"{"alerts": \#(json)}"#.utf8)).alerts
    }

    @Test("no alerts object means every rule on with its documented defaults")
    func defaults() throws {
        let settings = try JSONDecoder().decode(ConfigFile.self, from: Data("{}".utf8)).alerts
        #expect(settings.enabled == Set(AlertRule.allCases))
        #expect(settings.failureRatio == 0.05 && settings.failureMinRequests == 20)
        #expect(settings.failureSpikeFactor == 3 && settings.failureMinFailures == 10)
        #expect(settings.silentMilliseconds == 7_200_000 && settings.silentLookbackMilliseconds == 86_400_000)
        #expect(settings.unhealthyMilliseconds == 300_000)
        #expect(!settings.bell && settings.command == nil)
        #expect(settings.severity(of: .apiUnhealthy) == .critical && settings.severity(of: .taskGone) == .info)
    }

    @Test("thresholds, switches, severities, bell and command are read")
    func overrides() throws {
        let settings = try alerts("""
            {"bell": true, "command": ["notify-send", "omsdash"],
             "failure_burst": {"ratio": 0.1, "min_requests": 50, "spike_factor": 4, "min_failures": 25},
             "silent_source": {"silent_hours": 1.5, "lookback_hours": 12},
             "api_unhealthy": {"after_seconds": 60, "severity": "warning"},
             "task_appeared": {"enabled": false}}
            """)
        #expect(settings.bell && settings.command == ["notify-send", "omsdash"])
        #expect(settings.failureRatio == 0.1 && settings.failureMinRequests == 50)
        #expect(settings.failureSpikeFactor == 4 && settings.failureMinFailures == 25)
        #expect(settings.silentMilliseconds == 5_400_000 && settings.silentLookbackMilliseconds == 43_200_000)
        #expect(settings.unhealthyMilliseconds == 60_000 && settings.severity(of: .apiUnhealthy) == .warning)
        #expect(!settings.isEnabled(.taskAppeared) && settings.isEnabled(.taskGone))
    }

    @Test("mistakes are one-line errors naming the field")
    func mistakes() throws {
        func message(_ json: String) -> String {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("omsdash-\(UUID().uuidString).json").path
            FileManager.default.createFile(atPath: path, contents: Data(#"{"alerts": \#(json)}"#.utf8))
            do {
                _ = try Settings.load(overrides: ConfigOverrides(configPath: path), environment: ["HUAWEICLOUD_SDK_AK": "a", "HUAWEICLOUD_SDK_SK": "b"])
                return ""
            } catch {
                return error.message
            }
        }
        #expect(message(#"{"failure_burts": {}}"#).contains(#"did you mean "failure_burst""#))
        #expect(message(#"{"failure_burst": {"ratio": 5}}"#).contains("ratio: must be a share between 0 and 1"))
        #expect(message(#"{"silent_source": {"silent_hours": -1}}"#).contains("silent_hours: must be a positive number"))
        #expect(message(#"{"command": []}"#).contains("command: must name a program"))
        #expect(message(#"{"task_gone": {"severity": "loud"}}"#).contains("severity"))
        #expect(message(#"{"task_stopped": {"ratio": 0.1}}"#).contains("unknown field"))
    }

    @Test("config.example.json is valid and documents every rule")
    func example() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../config.example.json")
        let file = try JSONDecoder().decode(ConfigFile.self, from: Data(contentsOf: url))
        #expect(file.alerts.command == ["notify-send", "omsdash"])
        let text = try String(contentsOf: url, encoding: .utf8)
        for rule in AlertRule.allCases { #expect(text.contains(#""\#(rule.rawValue)""#)) }
        for key in AlertRule.allCases.flatMap(\.thresholdKeys) { #expect(text.contains(#""\#(key)""#)) }
    }
}
