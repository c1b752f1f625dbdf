/// Scripted trouble in the simulated world, so that every alert rule can be seen firing: a failure
/// burst, a source gone silent, a task stopped from outside. Each hits one task of the demo
/// catalog, counted from the start of the world.
public struct Incidents: Sendable, Equatable {
    /// Task 5 (the CDN images sync) fails a quarter of its objects from 10 minutes before the start
    /// for 30 minutes.
    public var failureBurst: Bool
    /// Task 2 (the AWS media archive) received no request for the 3 hours before the start, and
    /// receives none for the hour after.
    public var silentSource: Bool
    /// Task 3 (the game assets sync) is stopped from outside this many seconds after the start.
    public var externalStopSeconds: Double?

    public init(failureBurst: Bool = false, silentSource: Bool = false, externalStopSeconds: Double? = nil) {
        self.failureBurst = failureBurst
        self.silentSource = silentSource
        self.externalStopSeconds = externalStopSeconds
    }

    /// Every incident, the stop 40 seconds in: what `--demo` shows.
    public static let all = Incidents(failureBurst: true, silentSource: true, externalStopSeconds: 40)

    static let burstTask = 4
    static let silentTask = 1
    static let stopTask = 2

    /// Scripts the incidents that fall on the task at `index` of the catalog, and keeps the day
    /// before `now` and after free of unscripted ones.
    func apply(to task: inout SimulatedTask, index: Int, now: Int64) {
        let width = ActivityProfile.bucketMilliseconds
        let minute: Int64 = 60_000
        task.profile.naturalBurstsBefore = (now - 1440 * minute) / width
        switch index {
        case Self.burstTask where failureBurst:
            let first = (now - 10 * minute) / width
            task.profile.burstBuckets = first..<(first + 6)
        case Self.silentTask where silentSource:
            task.profile.silentBuckets = (now - 180 * minute) / width..<(now + 60 * minute) / width + 1
        case Self.stopTask:
            guard let seconds = externalStopSeconds, task.isSynchronizing(at: now) else { return }
            task.runs[task.runs.count - 1].end = now + Int64(seconds * 1000)
        default:
            break
        }
    }
}
