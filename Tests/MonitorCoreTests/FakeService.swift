import MonitorCore
import OMSCore

/// A task list in memory that answers fetches as the service would: newest first, 100 a page,
/// offsets up to 10,000. Tasks can be created, deleted and stopped between any two answers, and
/// their REQUEST and FAILURE series scripted.
struct FakeService {
    private(set) var ids: [String]
    private var next: Int
    private(set) var sent: [(time: Int64, fetch: Fetch)] = []
    /// Tasks that are stopped; the others synchronize.
    var stopped: Set<String> = []
    /// The REQUEST and FAILURE counts of a task's five-minute bucket starting at a time; none by default.
    var buckets: @Sendable (_ id: String, _ start: Int64) -> (requests: Int64, failures: Int64) = { _, _ in (0, 0) }

    init(tasks: Int) {
        ids = (0..<tasks).reversed().map(Self.id)
        next = tasks
    }

    static func id(_ n: Int) -> String { "task-\(String(n).leftPadded(6))" }

    mutating func create() {
        ids.insert(Self.id(next), at: 0)
        next += 1
    }

    mutating func delete(at index: Int) { ids.remove(at: index) }

    func task(_ id: String) -> SyncTask {
        var task = SyncTask(id: id)
        task.status = stopped.contains(id) ? .stopped : .synchronizing
        task.lastStartTime = 0
        task.srcBucket = "src-" + id
        task.dstBucket = "dst-" + id
        return task
    }

    /// Answers a fetch against the list as it is now, and notes when it was sent.
    mutating func answer(_ fetch: Fetch, sentAt: Int64) -> MonitorAnswer {
        sent.append((sentAt, fetch))
        switch fetch {
        case .listPage(let profile, let offset, let sweep):
            let page = ids.dropFirst(offset).prefix(ListSweep.pageSize).map(task)
            return .page(profile: profile, offset: offset, sweep: sweep, .success(SyncTaskPage(tasks: page, count: Int64(ids.count))))
        case .show(let key):
            guard ids.contains(key.id) else {
                return .shown(key, .failure(ErrorReport(code: "OMS.1009", message: "no such task", isNotFound: true)))
            }
            return .shown(key, .success(task(key.id)))
        case .statistics(let key, let window, let start, let end):
            return .statistics(key, window: window, start: start, end: end, .success(TaskStatistics(taskID: key.id, timeType: .fiveMinutes, series: [])))
        case .alertCheck(let key, let start, let end):
            var requests: [StatisticPoint] = [], failures: [StatisticPoint] = []
            var bucket = start / 300_000 * 300_000
            while bucket < end {
                let counts = buckets(key.id, bucket)
                if counts.requests > 0 { requests.append(StatisticPoint(timestamp: bucket, value: counts.requests)) }
                if counts.failures > 0 { failures.append(StatisticPoint(timestamp: bucket, value: counts.failures)) }
                bucket += 300_000
            }
            let series = [StatisticSeries(dataType: .request, points: requests), StatisticSeries(dataType: .failure, points: failures)]
            return .alertCheck(key, start: start, end: end, .success(TaskStatistics(taskID: key.id, timeType: .fiveMinutes, series: series)))
        }
    }

    /// The most requests sent in any 60-second span, counting from `from`.
    func busiestMinute(from: Int64 = 0) -> Int {
        let times = sent.map(\.time).filter { $0 >= from }.sorted()
        var best = 0
        var low = 0
        for high in times.indices {
            while times[high] - times[low] >= 60_000 { low += 1 }
            best = max(best, high - low + 1)
        }
        return best
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// Drives a monitor against a fake service on a virtual clock: every second the monitor says what is
/// due, and answers come back `latency` ms later.
struct Harness {
    var monitor: Monitor
    var service: FakeService
    var now: Int64 = 1_800_000_000_000
    var interest = Interest()
    let latency: Int64
    private var pending: [(due: Int64, answer: MonitorAnswer)] = []
    var changes: [MonitorChange] = []

    init(tasks: Int, refreshSeconds: Double = 5, budget: Int = 60, latency: Int64 = 100, alerts: AlertSettings = AlertSettings()) {
        monitor = Monitor(
            profiles: [.init(name: "p", region: "cn-north-4", projectID: "x")],
            settings: MonitorSettings(refreshSeconds: refreshSeconds, requestsPerMinute: budget, alerts: alerts))
        service = FakeService(tasks: tasks)
        self.latency = latency
    }

    var watch: ProfileWatch { monitor.watches["p"]! }

    /// Advances the clock by `milliseconds` in steps of 100 ms, delivering answers and asking for fetches.
    mutating func run(for milliseconds: Int64, between: (inout Harness) -> Void = { _ in }) {
        let end = now + milliseconds
        while now < end {
            now += 100
            deliverDue()
            if now % 1000 == 0 {
                between(&self)
                for fetch in monitor.due(now: now, interest: interest) {
                    pending.append((now + latency, service.answer(fetch, sentAt: now)))
                }
            }
        }
    }

    private mutating func deliverDue() {
        let ready = pending.filter { $0.due <= now }
        pending.removeAll { $0.due <= now }
        for item in ready { changes.append(monitor.receive(item.answer, now: now)) }
    }

    /// Every alert event so far.
    var events: [AlertEvent] { changes.flatMap(\.events) }

    /// The ids the monitor knows for the profile.
    var knownIDs: Set<String> { Set(watch.tasks.keys) }
}
