import OMSCore

/// `silent_source`: a task synchronizing all along received no request for `silent` (2 hours by
/// default) after receiving some in the `lookback` (24 hours) before. Sync tasks are fed by event
/// notifications set up on the source cloud; silence usually means that trigger broke.
public struct SilentSourceRule: Sendable {
    public var settings: AlertSettings

    public init(settings: AlertSettings) { self.settings = settings }

    /// The span of statistics the rule needs before `now`.
    public var span: Int64 { settings.silentMilliseconds + settings.silentLookbackMilliseconds }

    /// Judges the requests series at `now` for a task synchronizing since `since` (nil: unknown,
    /// taken as long enough).
    public func evaluate(requests: SeriesWindow, now: Int64, synchronizingSince since: Int64?, firing: Bool) -> RuleVerdict {
        let silenceStart = now - settings.silentMilliseconds
        let lookbackStart = silenceStart - settings.silentLookbackMilliseconds
        var recent: Int64 = 0, before: Int64 = 0
        for (index, value) in requests.values.enumerated() {
            let start = requests.start + Int64(index) * requests.step
            if start >= silenceStart {
                recent &+= value
            } else if start >= lookbackStart && start + requests.step <= silenceStart {
                before &+= value
            }
        }
        if firing {
            let values = ["count": MessageNumbers.count(recent), "window": HumanDuration.text(settings.silentMilliseconds)]
            return recent > 0 ? .resolve(Wording(.alertSilentResolved, values)) : .unchanged
        }
        guard recent == 0, before > 0, (since ?? .min) <= silenceStart else { return .unchanged }
        return .fire(Wording(.alertSilent, [
            "silent": HumanDuration.text(settings.silentMilliseconds), "before": MessageNumbers.count(before),
            "lookback": HumanDuration.text(settings.silentLookbackMilliseconds),
        ]))
    }
}

/// "2h", "90m", "5m07s", "45s" for thresholds and ages in messages.
enum HumanDuration {
    static func text(_ milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000
        if seconds >= 3600, seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds >= 60, seconds % 60 == 0 { return "\(seconds / 60)m" }
        if seconds >= 60 { return "\(seconds / 60)m" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)s" }
        return "\(seconds)s"
    }
}
