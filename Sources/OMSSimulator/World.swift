import FoundationEssentials

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OMSCore
import Synchronization

/// The simulated tenant: its sync tasks, their histories and the business rules of OMS.
///
/// Thread-safe; every operation takes the current time from `clock` (ms since 1970), so tests can
/// drive time by hand.
public final class World: Sendable {
    /// The most sync tasks a tenant may have.
    public static let maxTasksPerTenant = 5

    private struct State {
        var tasks: [String: SimulatedTask] = [:]
        /// Task ids newest first; rebuilt after a create or delete.
        var order: [String]?
        var random: DeterministicRandom

        mutating func orderedIDs() -> [String] {
            if let order { return order }
            let ids = tasks.values.sorted { ($0.info.createTime ?? 0, $0.info.id) > ($1.info.createTime ?? 0, $1.info.id) }
                .map(\.info.id)
            order = ids
            return ids
        }
    }

    private let state: Mutex<State>
    let identity: SimulatorIdentity
    /// How many times faster than real life objects arrive.
    let speed: Double
    let clock: @Sendable () -> Int64

    public init(
        seed: UInt64 = 1, taskCount: Int = 5, speed: Double = 1, identity: SimulatorIdentity = .demo,
        incidents: Incidents = Incidents(),
        clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
    ) {
        var random = DeterministicRandom(seed: seed)
        let now = clock()
        var tasks: [String: SimulatedTask] = [:]
        for index in 0..<taskCount {
            var task = DemoCatalog.task(index: index, now: now, keys: identity.taskKeys, random: &random)
            incidents.apply(to: &task, index: index, now: now)
            tasks[task.info.id] = task
        }
        state = Mutex(State(tasks: tasks, random: random))
        self.identity = identity
        self.speed = speed
        self.clock = clock
    }

    /// The number of tasks.
    public var taskCount: Int { state.withLock { $0.tasks.count } }

    /// The ids of all tasks, newest first.
    public var taskIDs: [String] { state.withLock { $0.orderedIDs() } }

    func list(limit: Int, offset: Int, status: SyncTaskStatus?) -> SyncTaskPage {
        let now = clock()
        return state.withLock { state in
            let ids = state.orderedIDs()
            if status == nil {
                let page = ids.dropFirst(offset).prefix(limit).compactMap { state.tasks[$0]?.current(at: now) }
                return SyncTaskPage(tasks: page, count: Int64(ids.count))
            }
            let matching = ids.compactMap { state.tasks[$0] }.filter { $0.isSynchronizing(at: now) == (status == .synchronizing) }
            let page = matching.dropFirst(offset).prefix(limit).map { $0.current(at: now) }
            return SyncTaskPage(tasks: Array(page), count: Int64(matching.count))
        }
    }

    func show(id: String, queryTime: Int64) throws(SimulatorError) -> SyncTask {
        let now = clock()
        let task = try state.withLock { state throws(SimulatorError) in
            guard let task = state.tasks[id] else { throw .noSuchTask }
            return task
        }
        var shown = task.current(at: now)
        let counts = monthTotals(of: task, at: min(queryTime, now), now: now)
        shown.monthly = MonthlyCounters(
            requested: counts.requested, succeeded: counts.succeeded, failed: counts.failed,
            skipped: counts.skipped, bytes: counts.bytes)
        shown.sourceCDN = nil
        return shown
    }

    /// The sums of all buckets from the start of `time`'s month (UTC) up to `time`.
    private func monthTotals(of task: SimulatedTask, at time: Int64, now: Int64) -> BucketCounts {
        let width = ActivityProfile.bucketMilliseconds
        var totals = BucketCounts()
        let first = Self.monthStart(of: time) / width
        let last = (time - 1) / width
        guard last >= first else { return totals }
        for index in first...last {
            totals += task.counts(bucket: index, now: time, speed: speed)
        }
        return totals
    }

    static func monthStart(of time: Int64) -> Int64 {
        var seconds = time_t(time / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        parts.tm_mday = 1
        parts.tm_hour = 0
        parts.tm_min = 0
        parts.tm_sec = 0
        return Int64(timegm(&parts)) * 1000
    }

    func statistics(id: String, types: [StatisticDataType], start: Int64, end: Int64) throws(SimulatorError)
        -> TaskStatistics
    {
        let now = clock()
        let task = try state.withLock { state throws(SimulatorError) in
            guard let task = state.tasks[id] else { throw .noSuchTask }
            return task
        }
        return StatisticsBuilder(task: task, speed: speed, now: now).answer(types: types, start: start, end: end)
    }

    func create(_ request: CreateSyncTaskRequest) throws(SimulatorError) -> String {
        let now = clock()
        return try state.withLock { state throws(SimulatorError) in
            guard state.tasks.count < Self.maxTasksPerTenant else {
                throw SimulatorError(
                    status: 400, code: "OMS.0081",
                    message: "The number of sync tasks has reached the limit of \(Self.maxTasksPerTenant) per tenant.")
            }
            var task = DemoCatalog.created(from: request, now: now, random: &state.random)
            task.runs = [.init(start: now, end: nil)]
            state.tasks[task.info.id] = task
            state.order = nil
            return task.info.id
        }
    }

    func start(id: String, keys: StartSyncTaskRequest) throws(SimulatorError) {
        let now = clock()
        try state.withLock { state throws(SimulatorError) in
            guard var task = state.tasks[id] else { throw .noSuchTask }
            guard !task.isSynchronizing(at: now) else {
                throw SimulatorError(status: 400, code: "OMS.0070", message: "The sync task is already synchronizing.")
            }
            guard keys.srcAK == task.keys.srcAK, keys.srcSK == task.keys.srcSK else {
                throw SimulatorError(status: 400, code: "OMS.0057", message: "Invalid source AK/SK.")
            }
            guard keys.dstAK == task.keys.dstAK, keys.dstSK == task.keys.dstSK else {
                throw SimulatorError(status: 400, code: "OMS.0058", message: "Invalid destination AK/SK.")
            }
            task.runs.append(.init(start: now, end: nil))
            state.tasks[id] = task
        }
    }

    func stop(id: String) throws(SimulatorError) {
        let now = clock()
        try state.withLock { state throws(SimulatorError) in
            guard var task = state.tasks[id] else { throw .noSuchTask }
            guard task.isSynchronizing(at: now) else {
                throw SimulatorError(status: 400, code: "OMS.0071", message: "The sync task is already stopped.")
            }
            task.runs[task.runs.count - 1].end = now
            state.tasks[id] = task
        }
    }

    /// Takes `count` objects announced through CreateSyncEvents: they are requested at once and
    /// succeed or fail as the task's other objects do.
    func announce(id: String, count: Int) throws(SimulatorError) {
        let now = clock()
        try state.withLock { state throws(SimulatorError) in
            guard var task = state.tasks[id] else { throw .noSuchTask }
            guard task.isSynchronizing(at: now) else {
                throw SimulatorError(
                    status: 400, code: "OMS.0071",
                    message: "The sync task is stopped: it takes synchronization events only while synchronizing.")
            }
            task.announced.append(.init(time: now, count: Int64(count)))
            state.tasks[id] = task
        }
    }

    func delete(id: String) throws(SimulatorError) {
        let now = clock()
        try state.withLock { state throws(SimulatorError) in
            guard let task = state.tasks[id] else { throw .noSuchTask }
            guard !task.isSynchronizing(at: now) else {
                throw SimulatorError(
                    status: 400, code: "OMS.0073", message: "Failed to delete the task: stop the sync task first.")
            }
            state.tasks[id] = nil
            state.order = nil
        }
    }
}

extension World {
    /// The tasks writing into `bucket` (their destination), with the time they are seen at.
    func tasks(inBucket bucket: String) -> (tasks: [SimulatedTask], now: Int64) {
        let now = clock()
        let tasks = state.withLock { state in state.orderedIDs().compactMap { state.tasks[$0] } }
        return (tasks.filter { $0.info.dstBucket == bucket }, now)
    }
}
