/// The alert rules' switches and thresholds, and what to do on an event: the `alerts` object of
/// the config. Every field has a default, so an empty object (or none) means the defaults.
public struct AlertSettings: Sendable, Equatable {
    /// Whether each rule is on, and its severity.
    public var enabled: Set<AlertRule> = Set(AlertRule.allCases)
    public var severities: [AlertRule: AlertSeverity] = [:]

    /// `failure_burst`: FAILURE / REQUEST at or over `ratio` with at least `minRequests` requests,
    /// or FAILURE at least `spikeFactor` × the window's median and at least `minFailures`.
    public var failureRatio = 0.05
    public var failureMinRequests: Int64 = 20
    public var failureSpikeFactor = 3.0
    public var failureMinFailures: Int64 = 10
    /// `silent_source`: no request for this long, after requests in the `lookback` before it.
    public var silentMilliseconds: Int64 = 2 * 3_600_000
    public var silentLookbackMilliseconds: Int64 = 24 * 3_600_000
    /// `api_unhealthy`: no refresh succeeded for this long.
    public var unhealthyMilliseconds: Int64 = 300_000

    /// Ring the terminal bell on a new warning or critical event (dashboard).
    public var bell = false
    /// A program run once per event with the event as JSON on stdin.
    public var command: [String]?

    public init() {}

    /// Whether `rule` is on.
    public func isEnabled(_ rule: AlertRule) -> Bool { enabled.contains(rule) }

    /// The severity of `rule`'s events.
    public func severity(of rule: AlertRule) -> AlertSeverity { severities[rule] ?? rule.defaultSeverity }
}
