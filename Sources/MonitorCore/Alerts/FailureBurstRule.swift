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
        let span = ["from": bucketStart, "to": bucketStart + failures.step]
        if !firing {
            if let reason = breach(failed: failed, requested: requested, median: median, scale: 1, span: span) {
                return (.fire(reason), bucketStart)
            }
            return (.unchanged, bucketStart)
        }
        if breach(failed: failed, requested: requested, median: median, scale: Self.cleanFraction, span: span) == nil {
            let share = requested > 0 ? " (\(MessageNumbers.text(Double(failed) / Double(requested))))" : ""
            let values = ["failed": MessageNumbers.count(failed), "requested": MessageNumbers.count(requested), "share": share]
            return (.resolve(Wording(.alertBurstClean, values, times: span)), bucketStart)
        }
        return (.unchanged, bucketStart)
    }

    /// Why a bucket (the one of `span`: its start and end as `from` and `to`) breaks the thresholds
    /// scaled by `scale`, or nil.
    private func breach(failed: Int64, requested: Int64, median: Int64, scale: Double, span: [String: Int64]) -> Wording? {
        let ratio = settings.failureRatio * scale
        if requested >= settings.failureMinRequests, requested > 0, Double(failed) >= ratio * Double(requested) {
            return Wording(.alertBurstShare, [
                "failed": MessageNumbers.count(failed), "requested": MessageNumbers.count(requested),
                "share": MessageNumbers.text(Double(failed) / Double(requested)), "threshold": MessageNumbers.text(settings.failureRatio),
                "minimum": String(settings.failureMinRequests),
            ], times: span)
        }
        let factor = settings.failureSpikeFactor * scale
        if failed >= settings.failureMinFailures, Double(failed) >= factor * Double(median) {
            var values = [
                "failed": MessageNumbers.count(failed), "factor": MessageNumbers.factor(settings.failureSpikeFactor),
                "minimum": String(settings.failureMinFailures), "median": String(median),
            ]
            guard median > 0 else { return Wording(.alertBurstSpikeOverZero, values, times: span) }
            values["ratio"] = MessageNumbers.factor(Double(failed) / Double(median))
            return Wording(.alertBurstSpike, values, times: span)
        }
        return nil
    }

    /// The median of the values (the lower middle one for an even count), 0 when empty.
    static func median(_ values: ArraySlice<Int64>) -> Int64 {
        guard !values.isEmpty else { return 0 }
        return values.sorted()[(values.count - 1) / 2]
    }
}

/// Short numbers for alert messages.
enum MessageNumbers {
    /// "15,815".
    static func count(_ value: Int64) -> String { DigitGrouping.thousands(value) }

    /// "7.5%", "5%", "0.1%".
    static func text(_ share: Double) -> String { oneDecimal(share * 100) + "%" }
    /// "3", "4.1".
    static func factor(_ value: Double) -> String { oneDecimal(value) }

    private static func oneDecimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        return String(rounded)
    }
}
