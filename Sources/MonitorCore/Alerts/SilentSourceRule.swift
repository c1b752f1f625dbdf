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
            let quantities: [String: Quantity] = ["count": .count(recent), "window": .duration(milliseconds: settings.silentMilliseconds)]
            return recent > 0 ? .resolve(Wording(.alertSilentResolved, quantities: quantities)) : .unchanged
        }
        guard recent == 0, before > 0, (since ?? .min) <= silenceStart else { return .unchanged }
        return .fire(Wording(.alertSilent, quantities: [
            "silent": .duration(milliseconds: settings.silentMilliseconds), "before": .count(before),
            "lookback": .duration(milliseconds: settings.silentLookbackMilliseconds),
        ]))
    }
}
