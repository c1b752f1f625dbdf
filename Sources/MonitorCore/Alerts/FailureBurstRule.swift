import OMSCore

/// `failure_burst`: the latest complete five-minute bucket failed too many objects, by share or
/// against the window's median.
///
/// Each bucket is judged once. A firing alert ends only on a clean bucket, one under 80 % of every
/// threshold, so a value that hovers on a threshold does not fire and resolve by turns.
public struct FailureBurstRule: Sendable {
    public var settings: AlertSettings

    /// The share of each threshold a bucket must stay under to count as clean.
    public static let cleanFraction = 0.8

    public init(settings: AlertSettings) { self.settings = settings }

    /// Judges the latest bucket complete at `now` if it is newer than `judged` (the start of the
    /// bucket judged last). Returns the verdict and the start of the bucket judged.
    public func evaluate(
        requests: SeriesWindow, failures: SeriesWindow, now: Int64, judged: Int64?, firing: Bool
    ) -> (verdict: RuleVerdict, judged: Int64?) {
        let complete = Int((now - failures.start) / failures.step) - 1
        guard complete >= 0, complete < failures.values.count, complete < requests.values.count else {
            return (.unchanged, judged)
        }
        let bucketStart = failures.start + Int64(complete) * failures.step
        if let judged, bucketStart <= judged { return (.unchanged, judged) }
        let failed = failures.values[complete], requested = requests.values[complete]
        let median = Self.median(failures.values[..<complete])
        let span: [String: Quantity] = ["from": .instant(bucketStart), "to": .instant(bucketStart + failures.step)]
        if !firing {
            if let reason = breach(failed: failed, requested: requested, median: median, scale: 1, span: span) {
                return (.fire(reason), bucketStart)
            }
            return (.unchanged, bucketStart)
        }
        if breach(failed: failed, requested: requested, median: median, scale: Self.cleanFraction, span: span) == nil {
            let share = requested > 0 ? " (\(Quantity.percent(Double(failed) / Double(requested)).text(clock: .utc)))" : ""
            let quantities = span.merging(["failed": .count(failed), "requested": .count(requested)]) { $1 }
            return (.resolve(Wording(.alertBurstClean, ["share": share], quantities: quantities)), bucketStart)
        }
        return (.unchanged, bucketStart)
    }

    /// Why a bucket (the one of `span`: its start and end as `from` and `to`) breaks the thresholds
    /// scaled by `scale`, or nil.
    private func breach(failed: Int64, requested: Int64, median: Int64, scale: Double, span: [String: Quantity]) -> Wording? {
        let ratio = settings.failureRatio * scale
        if requested >= settings.failureMinRequests, requested > 0, Double(failed) >= ratio * Double(requested) {
            let quantities: [String: Quantity] = [
                "failed": .count(failed), "requested": .count(requested), "share": .percent(Double(failed) / Double(requested)),
                "threshold": .percent(settings.failureRatio),
            ]
            return Wording(
                .alertBurstShare, ["minimum": String(settings.failureMinRequests)], quantities: span.merging(quantities) { $1 })
        }
        let factor = settings.failureSpikeFactor * scale
        if failed >= settings.failureMinFailures, Double(failed) >= factor * Double(median) {
            let values = ["minimum": String(settings.failureMinFailures), "median": String(median)]
            var quantities = span.merging(["failed": .count(failed), "factor": .factor(settings.failureSpikeFactor)]) { $1 }
            guard median > 0 else { return Wording(.alertBurstSpikeOverZero, values, quantities: quantities) }
            quantities["ratio"] = .factor(Double(failed) / Double(median))
            return Wording(.alertBurstSpike, values, quantities: quantities)
        }
        return nil
    }

    /// The median of the values (the lower middle one for an even count), 0 when empty.
    static func median(_ values: ArraySlice<Int64>) -> Int64 {
        guard !values.isEmpty else { return 0 }
        return values.sorted()[(values.count - 1) / 2]
    }
}
