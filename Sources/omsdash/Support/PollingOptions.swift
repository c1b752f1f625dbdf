import ArgumentParser
import OMSCore

/// The options of every command that keeps watching: how often, and within what request budget.
struct PollingOptions: ParsableArguments {
    @Option(help: "Seconds between task-list refreshes (default 5, at least 1).") var refresh: Double?
    @Option(
        name: .customLong("max-rpm"),
        help: "Most API requests per profile in any minute (default 60; the first full list load aside).")
    var maxRequestsPerMinute: Int?

    /// The values given, for code that also runs without these options.
    var values: PollingValues { PollingValues(refreshSeconds: refresh, requestsPerMinute: maxRequestsPerMinute) }

    func validate() throws {
        if let refresh, refresh < Settings.minimumRefreshSeconds {
            throw ValidationError(.optionRefresh, ["seconds": String(Int(Settings.minimumRefreshSeconds))])
        }
        if let maxRequestsPerMinute, maxRequestsPerMinute < 1 {
            throw ValidationError(.optionMaxRPM)
        }
    }
}

/// Refresh interval and request budget as given on the command line; nil where not given.
struct PollingValues {
    var refreshSeconds: Double?
    var requestsPerMinute: Int?
}
