import ArgumentParser
import FoundationEssentials
import OMSCore

/// The options every command takes to find its account: config file, profile and overrides; and
/// the language it speaks in.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "Config file (default $XDG_CONFIG_HOME/omsdash/config.json, else ~/.config/omsdash/config.json).")
    var config: String?
    @Option(help: "Use only this profile of the config.") var profile: String?
    @Option(help: "Region, e.g. cn-north-4 (overrides the profile's).") var region: String?
    @Option(help: "Project id (overrides the profile's; otherwise discovered through IAM).") var projectId: String?
    @Option(help: "API endpoint, e.g. https://oms.cn-north-4.myhuaweicloud.com (http for loopback only).")
    var endpoint: String?
    @Option(help: "PEM file of CA certificates to trust besides the system's (a company CA); overrides ca_file.")
    var caFile: String?
    @OptionGroup var language: LanguageOption

    /// The settings from config, environment and these options; warnings go to stderr.
    func settings(refreshSeconds: Double? = nil, requestsPerMinute: Int? = nil) throws -> Settings {
        let overrides = ConfigOverrides(
            configPath: config, profile: profile, region: region, projectID: projectId, endpoint: endpoint,
            refreshSeconds: refreshSeconds, requestsPerMinute: requestsPerMinute, caFile: caFile)
        let settings = try Settings.load(overrides: overrides, environment: ProcessInfo.processInfo.environment)
        for warning in settings.warnings { Console.error("omsdash: \(warning.text(FailureLanguage.current))") }
        return settings
    }
}
