import ExporterCore
import MonitorCore
import OMSCore

/// Writing the exporter's page for 10,100 tasks, every one with this month's counters: the page a
/// scrape gets once the exporter has shown every task, built in-process without the network.
enum ScrapeBenchmark {
    static func run() {
        Report.title("The exporter's page with 10,100 tasks, every one with its counters")
        let monitor = loaded(RenderBenchmark.tasks(10_100))
        var page = MetricsPage()
        var size = 0
        for _ in 0..<5 { size = page.render(monitor, requests: RequestTally()).count }
        let renders = (0..<100).map { _ in Timing.seconds { _ = page.render(monitor, requests: RequestTally()) } }
        Report.figure("page size", fixed(Double(size) / 1_048_576, 1) + " MiB")
        Report.figure("write the page, median of 100", Report.ms(Timing.median(renders)), aim: "≤ 20 ms a scrape")
        Report.figure("write the page, max of 100", Report.ms(renders.max() ?? 0), aim: "≤ 50 ms a scrape")
    }

    /// A monitor that has listed `tasks` and shown each of them with counters, as the exporter's
    /// schedule asks, answering at once.
    static func loaded(_ tasks: [SyncTask]) -> Monitor {
        let byID = Dictionary(tasks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var monitor = Monitor(
            profiles: [.init(name: "bench", region: "cn-north-4", projectID: "p")],
            settings: MonitorSettings(requestsPerMinute: 1_000_000, requestsPerMinuteTotal: 1_000_000))
        var now: Int64 = 1_795_000_000_000
        var shown = 0
        while shown < tasks.count {
            now += 1_000
            for fetch in monitor.due(now: now, interest: Interest(face: .everyTaskCounters)) {
                switch fetch {
                case .listPage(let profile, let offset, let sweep):
                    let slice = Array(tasks[min(offset, tasks.count)..<min(tasks.count, offset + 100)])
                    let page = SyncTaskPage(tasks: slice, count: Int64(tasks.count))
                    _ = monitor.receive(.page(profile: profile, offset: offset, sweep: sweep, .success(page)), now: now)
                case .show(let key):
                    guard var task = byID[key.id] else { continue }
                    let index = Int64(shown)
                    task.monthly = MonthlyCounters(
                        requested: 1_000_000 + index, succeeded: 990_000 + index, failed: index % 97, skipped: index % 13,
                        bytes: 123_456_789_012 + index)
                    if monitor.details[key]?.shown == nil { shown += 1 }
                    _ = monitor.receive(.shown(key, .success(task)), now: now)
                default: continue
                }
            }
        }
        return monitor
    }
}
