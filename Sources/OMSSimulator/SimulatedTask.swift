import OMSCore

/// A task in the simulated world: what the API shows of it, the keys it was created with, when it
/// ran, and how busy it is.
struct SimulatedTask: Sendable {
    /// The task as the API describes it; status and last start are derived from `runs`.
    var info: SyncTask
    var keys: StartSyncTaskRequest
    /// The periods the task synchronized, oldest first; the last has no end while it runs, or an
    /// end still to come when a stop from outside is scripted.
    var runs: [Run]
    var profile: ActivityProfile
    /// Objects announced through CreateSyncEvents, oldest first.
    var announced: [Announcement] = []

    /// One period of synchronizing.
    struct Run: Sendable {
        var start: Int64
        var end: Int64?
    }

    /// Objects announced at one moment.
    struct Announcement: Sendable {
        var time: Int64
        var count: Int64
    }

    func isSynchronizing(at now: Int64) -> Bool { runs.last.map { $0.end.map { $0 > now } ?? true } ?? false }

    /// The task as the API returns it at `now`.
    func current(at now: Int64) -> SyncTask {
        var task = info
        task.status = isSynchronizing(at: now) ? .synchronizing : .stopped
        task.lastStartTime = runs.last?.start ?? info.createTime
        return task
    }

    /// The counts of the five-minute bucket `index` as of `now`: zero while stopped, partial for
    /// the bucket in progress and for buckets where a run starts or ends.
    func counts(bucket index: Int64, now: Int64, speed: Double) -> BucketCounts {
        let width = ActivityProfile.bucketMilliseconds
        let from = index * width
        let to = min(from + width, now)
        guard to > from else { return BucketCounts() }
        var active: Int64 = 0
        for run in runs.reversed() {
            let end = min(run.end ?? now, now)
            if end <= from { break }
            active += max(0, min(end, to) - max(run.start, from))
        }
        guard active > 0 else { return BucketCounts() }
        let usual = profile.bucket(index, speed: speed)
        var counts = usual.scaled(Double(active) / Double(width))
        let announced = announced.reduce(Int64(0)) { sum, announcement in
            let inBucket = announcement.time >= from && announcement.time < from + width && announcement.time <= now
            return sum + (inBucket ? announcement.count : 0)
        }
        if announced > 0 { counts += usual.outcome(of: announced) }
        return counts
    }
}
