import OMSCore

/// How often the monitor refreshes what, how many requests a minute it may spend per profile, and
/// which alert rules it runs.
public struct MonitorSettings: Sendable, Equatable {
    /// Milliseconds between refreshes of page 1 and of the selected task.
    public var refreshMilliseconds: Int64
    /// The most requests per profile in any 60 seconds (the first full load of the list aside).
    public var requestsPerMinute: Int
    /// The alert rules' switches and thresholds.
    public var alerts: AlertSettings
    /// Milliseconds between refreshes of page 1 of a profile none of whose tasks is selected or on
    /// screen, when there are several profiles (a stop there is seen within this time).
    public var backgroundRefreshMilliseconds: Int64
    /// The most requests in any 60 seconds over every profile together (first loads aside),
    /// shared fairly among them.
    public var requestsPerMinuteTotal: Int
    /// How long after refused credentials a face nobody watches (`watch`, `exporter`) sends one
    /// more page 1 on its own; nil (the dashboard): never, until the user asks.
    public var retryAfterRefusalMilliseconds: Int64?

    /// Every task's counters for a face without a screen (the exporter): every 2 minutes, fresher
    /// than Prometheus needs for OMS's 5-minute buckets.
    public static let everyTaskShowMilliseconds: Int64 = 120_000
    /// The selected task's statistics are not fetched more often than this.
    public static let selectedStatisticsMilliseconds: Int64 = 10_000
    /// Rows on screen: counters every 30 s, sparklines every 5 minutes (the width of a bucket).
    public static let visibleShowMilliseconds: Int64 = 30_000
    public static let visibleStatisticsMilliseconds: Int64 = 300_000
    /// The most requests under way at once for rows on screen, and for sweep pages after the first load.
    public static let visibleInFlight = 4
    public static let sweepInFlight = 4
    /// The most pages under way at once during the first full load.
    public static let firstLoadInFlight = 50
    /// The wait of `watch` and `exporter` after refused credentials: the gateway locks an AK/SK for
    /// 5 minutes after more than 5 failures, and one try every 10 minutes never comes near that.
    public static let unattendedRetryAfterRefusalMilliseconds: Int64 = 600_000

    public init(
        refreshSeconds: Double = 5, requestsPerMinute: Int = Settings.defaultRequestsPerMinute, alerts: AlertSettings = AlertSettings(),
        retryAfterRefusalMilliseconds: Int64? = nil,
        backgroundRefreshSeconds: Double = Settings.defaultBackgroundRefreshSeconds,
        requestsPerMinuteTotal: Int = Settings.defaultRequestsPerMinuteTotal
    ) {
        refreshMilliseconds = Int64(max(1, refreshSeconds) * 1000)
        backgroundRefreshMilliseconds = max(refreshMilliseconds, Int64(max(1, backgroundRefreshSeconds) * 1000))
        self.requestsPerMinuteTotal = max(1, requestsPerMinuteTotal)
        self.requestsPerMinute = max(1, requestsPerMinute)
        self.alerts = alerts
        self.retryAfterRefusalMilliseconds = retryAfterRefusalMilliseconds
    }

    /// What a config asks of the monitor, with `alerts` as the face adjusts them. `unattended`
    /// faces (watch, the exporter) try a refused key again only every 10 minutes.
    public init(_ settings: Settings, alerts: AlertSettings? = nil, unattended: Bool) {
        self.init(
            refreshSeconds: settings.refreshSeconds, requestsPerMinute: settings.requestsPerMinute, alerts: alerts ?? settings.alerts,
            retryAfterRefusalMilliseconds: unattended ? Self.unattendedRetryAfterRefusalMilliseconds : nil,
            backgroundRefreshSeconds: settings.backgroundRefreshSeconds, requestsPerMinuteTotal: settings.requestsPerMinuteTotal)
    }

    public var selectedStatisticsMilliseconds: Int64 { max(refreshMilliseconds, Self.selectedStatisticsMilliseconds) }

    /// The requests a minute that page 1 and a selected task take when served on time.
    func steadyRequestsPerMinute(withSelection: Bool) -> Int {
        let perMinute = { (every: Int64) in Int((RequestLedger.span + every - 1) / every) }
        return perMinute(refreshMilliseconds)
            + (withSelection ? perMinute(refreshMilliseconds) + perMinute(selectedStatisticsMilliseconds) : 0)
    }
}
