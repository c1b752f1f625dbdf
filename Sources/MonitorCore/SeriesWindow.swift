import OMSCore

/// A statistics series laid on a regular grid of buckets, gaps filled with zero (the API leaves
/// empty buckets out).
public struct SeriesWindow: Sendable, Equatable {
    /// The start of the first bucket, in ms.
    public var start: Int64
    /// The width of one bucket, in ms.
    public var step: Int64
    /// One value per bucket, oldest first.
    public var values: [Int64]

    public init(start: Int64, step: Int64, values: [Int64]) {
        self.start = start
        self.step = step
        self.values = values
    }

    /// Lays `points` on buckets of `step` ms from `start` (aligned down) to `end`.
    public init(points: [StatisticPoint], start: Int64, end: Int64, step: Int64) {
        let first = start / step * step
        let count = max(0, Int((end - first + step - 1) / step))
        var values = [Int64](repeating: 0, count: count)
        for point in points {
            let index = Int((point.timestamp - first) / step)
            if index >= 0 && index < count { values[index] &+= point.value }
        }
        self.init(start: first, step: step, values: values)
    }

    public var total: Int64 { values.reduce(0, &+) }
    public var minimum: Int64 { values.min() ?? 0 }
    public var maximum: Int64 { values.max() ?? 0 }
    /// The last complete bucket's value (the one in progress is partial), or the only one.
    public var last: Int64 {
        values.count >= 2 ? values[values.count - 2] : values.last ?? 0
    }
    /// The end of the last bucket, in ms.
    public var end: Int64 { start + step * Int64(values.count) }

    /// The rate per second over the last complete bucket.
    public var lastRatePerSecond: Double { Double(last) / (Double(step) / 1000) }
}
