#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OMSCore

/// How busy a task is: its object rate, sizes, failure and skip rates, and daily rhythm.
///
/// A bucket's counts are a pure function of the profile and the bucket's index, so every answer
/// (series, hourly sums, monthly counters) agrees with every other, and a seed replays exactly.
struct ActivityProfile: Sendable {
    /// Mean objects requested per five minutes at speed 1.
    var objectsPerBucket: Double
    /// Mean size of one object, in bytes.
    var meanObjectBytes: Double
    var failureRate: Double
    var skipRate: Double
    /// How much the rate swings over a day (0: flat, 0.8: strong day/night rhythm).
    var dailySwing: Double
    /// A per-task seed for the noise.
    var seed: UInt64
    /// Buckets of a scripted failure burst (a quarter of the objects fail) and of scripted silence
    /// (no requests at all), by index.
    var burstBuckets: Range<Int64>? = nil
    var silentBuckets: Range<Int64>? = nil
    /// Unscripted failure bursts happen only in buckets before this one. The world sets it to a day
    /// before its start, so that the history has bursts to chart while the live day stays calm but
    /// for scripted incidents, whatever the time of day the world starts.
    var naturalBurstsBefore: Int64 = .max

    /// The failure rate during a scripted burst.
    static let scriptedBurstFailureRate = 0.25

    /// The width of one bucket, in milliseconds.
    static let bucketMilliseconds: Int64 = 300_000

    /// The counts of one full five-minute bucket.
    func bucket(_ index: Int64, speed: Double) -> BucketCounts {
        if silentBuckets?.contains(index) == true { return BucketCounts() }
        let u = DeterministicRandom.unit(seed, 1, index)
        let hour = Double((index * 5 / 60 + 8) % 24)
        let rhythm = 1 + dailySwing * sin(2 * .pi * (hour - 8) / 24)
        let requested = (objectsPerBucket * rhythm * (0.55 + 0.9 * u) * speed).rounded()
        let burstIndex = index / 6
        let inBurst = index < naturalBurstsBefore && DeterministicRandom.unit(seed, 2, burstIndex) < 0.035
        var failRate = inBurst ? 0.12 + 0.4 * DeterministicRandom.unit(seed, 3, burstIndex) : failureRate
        if burstBuckets?.contains(index) == true { failRate = Self.scriptedBurstFailureRate }
        let scatter = burstBuckets?.contains(index) == true ? 1 : 0.5 + DeterministicRandom.unit(seed, 4, index)
        let failed = (requested * failRate * scatter).rounded()
        let skipped = min(requested - failed, (requested * skipRate * (0.5 + DeterministicRandom.unit(seed, 5, index))).rounded())
        let succeeded = max(0, requested - failed - skipped)
        let bytes = succeeded * meanObjectBytes * (0.4 + 1.2 * DeterministicRandom.unit(seed, 6, index))
        return BucketCounts(
            requested: Int64(requested), succeeded: Int64(succeeded), failed: Int64(failed),
            skipped: Int64(skipped), bytes: Int64(bytes))
    }
}

/// The five statistics of one bucket.
struct BucketCounts: Sendable, Equatable {
    var requested: Int64 = 0
    var succeeded: Int64 = 0
    var failed: Int64 = 0
    var skipped: Int64 = 0
    var bytes: Int64 = 0

    subscript(type: StatisticDataType) -> Int64 {
        switch type {
        case .request: requested
        case .success: succeeded
        case .failure: failed
        case .skip: skipped
        case .size: bytes
        default: 0
        }
    }

    /// What becomes of `objects` more requested in this bucket: they fail at the bucket's failure
    /// rate and the rest succeed, at its bytes per object (1 MiB in a bucket with none).
    func outcome(of objects: Int64) -> BucketCounts {
        let failedShare = requested > 0 ? Double(failed) / Double(requested) : 0
        let failed = Int64((Double(objects) * failedShare).rounded())
        let succeeded = objects - failed
        let bytesPerObject = succeeded > 0 && self.succeeded > 0 ? Double(bytes) / Double(self.succeeded) : 1_048_576
        return BucketCounts(
            requested: objects, succeeded: succeeded, failed: failed, skipped: 0, bytes: Int64(Double(succeeded) * bytesPerObject))
    }

    /// These counts scaled to a part of the bucket (0...1).
    func scaled(_ fraction: Double) -> BucketCounts {
        guard fraction < 1 else { return self }
        func part(_ value: Int64) -> Int64 { Int64((Double(value) * fraction).rounded(.down)) }
        let partRequested = part(requested), partFailed = part(failed), partSkipped = part(skipped)
        let partSucceeded = partRequested - partFailed - partSkipped
        let bytesPerObject = succeeded > 0 ? Double(bytes) / Double(succeeded) : 0
        return BucketCounts(
            requested: partRequested, succeeded: partSucceeded, failed: partFailed, skipped: partSkipped,
            bytes: Int64(Double(partSucceeded) * bytesPerObject))
    }

    static func += (lhs: inout BucketCounts, rhs: BucketCounts) {
        lhs.requested &+= rhs.requested
        lhs.succeeded &+= rhs.succeeded
        lhs.failed &+= rhs.failed
        lhs.skipped &+= rhs.skipped
        lhs.bytes &+= rhs.bytes
    }

    var isZero: Bool { requested == 0 && succeeded == 0 && failed == 0 && skipped == 0 && bytes == 0 }
}
