import ArgumentParser
import FoundationEssentials
import OMSCore

/// The options every command takes to find its account: config file, profile and overrides; and
/// the language it speaks in.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "Config file (default $XDG_CONFIG_HOME/omsdash/config.json, else ~/.config/omsdash/config.json).")
    var config: String?
    @Option(help: "Use only this profile of the config.") var profile: String?
    @Option(help: "Use only the accounts of this organization of the config.") var org: String?
    @Option(help: "Region, e.g. cn-north-4 (overrides the profile's).") var region: String?
    @Option(help: "Project id (overrides the profile's; otherwise discovered through IAM).") var projectId: String?
    @Option(help: "API endpoint, e.g. https://oms.cn-north-4.myhuaweicloud.com (http for loopback only).")
    var endpoint: String?
    @Option(help: "OBS endpoint where the tasks' object lists are read (overrides obs_endpoint; default https://obs.REGION.myhuaweicloud.com).")
    var obsEndpoint: String?
    @Option(help: "PEM file of CA certificates to trust besides the system's (a company CA); overrides ca_file.")
    var caFile: String?
    @OptionGroup var language: LanguageOption

    /// The settings from config, environment and these options, with the accounts of the config's
    /// organizations listed; warnings go to stderr. An organization that cannot be listed stops
    /// the start only when nothing else is left to watch.
    /// `face` is named in the User-Agent of every call, as the clients name it. A face reading its
    /// config again passes its `credentials`, which a failure leaves running.
    func settings(
        refreshSeconds: Double? = nil, requestsPerMinute: Int? = nil, face: String? = nil, credentials: CredentialRegistry? = nil
    ) async throws -> Settings {
        let overrides = ConfigOverrides(
            configPath: config, profile: profile, region: region, projectID: projectId, endpoint: endpoint,
            obsEndpoint: obsEndpoint, refreshSeconds: refreshSeconds, requestsPerMinute: requestsPerMinute, caFile: caFile, organization: org,
            face: face)
        var settings = try Settings.load(
            overrides: overrides, environment: ProcessInfo.processInfo.environment, credentials: credentials ?? CredentialRegistry())
        for warning in settings.warnings { Console.error("omsdash: \(warning.text(FailureLanguage.current))") }
        let failures = await settings.listOrganizations()
        for (organization, failure) in failures {
            let line = Wording(.organizationNotListed, ["organization": organization], parts: ["reason": failure])
            guard !settings.profiles.isEmpty else {
                if credentials == nil { settings.credentials.stop() }
                throw CommandFailure.api(line)
            }
            Console.error("omsdash: \(line.text(FailureLanguage.current))")
        }
        for roster in settings.organizations.latest.values.sorted(by: { $0.organization < $1.organization }) {
            for skipped in roster.skipped { Console.error("omsdash: \(skipped.text(FailureLanguage.current))") }
        }
        if settings.profiles.isEmpty {
            if credentials == nil { settings.credentials.stop() }
            throw CommandFailure.api(Wording(.organizationNoAccounts))
        }
        return settings
    }
}
