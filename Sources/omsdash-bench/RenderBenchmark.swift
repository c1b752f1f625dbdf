import DashboardCore
import FoundationEssentials
import OMSCore

/// Rendering one frame, and applying one filter keystroke, with 10,100 tasks in the table.
enum RenderBenchmark {
    static func run() {
        Report.title("Rendering with 10,100 tasks (140×40)")
        var state = AppState(profiles: [.init(name: "bench", region: "cn-north-4", projectID: "p")], now: 1_795_000_000_000,
                             width: 140, height: 40)
        load(tasks(10_100), into: &state, profile: "bench")
        for _ in 0..<20 { _ = Dashboard.render(state) }
        let frames = (0..<200).map { _ in Timing.seconds { _ = Dashboard.render(state) } }
        Report.figure("render one frame, median of 200", Report.ms(Timing.median(frames)), aim: "< 5 ms")
        _ = Dashboard.reduce(&state, .key(.character("/")))
        var keystrokes: [Double] = []
        for index in 0..<200 {
            let key: Key = index % 2 == 0 ? .character("7") : .backspace
            keystrokes.append(Timing.seconds {
                _ = Dashboard.reduce(&state, .key(key))
                _ = Dashboard.render(state)
            })
        }
        Report.figure("filter keystroke (reduce + render), median", Report.ms(Timing.median(keystrokes)), aim: "< 5 ms")
        var sorted = state
        _ = Dashboard.reduce(&sorted, .key(.enter))
        let page = SyncTaskPage(tasks: Array(tasks(10_100)[5_000..<5_100]), count: 10_100)
        let unchanged = Action.answer(.page(profile: "bench", offset: 5_000, sweep: 1, .success(page)))
        let refreshes = (0..<200).map { _ in Timing.seconds { _ = Dashboard.reduce(&sorted, unchanged) } }
        Report.figure("a page answered again, nothing changed", Report.ms(Timing.median(refreshes)), aim: "no re-sort")
        let sorts = (0..<50).map { _ in Timing.seconds { _ = Dashboard.reduce(&sorted, .key(.character("o"))) } }
        Report.figure("re-sort (o), median", Report.ms(Timing.median(sorts)), aim: "< 5 ms")
    }

    /// Feeds tasks to a dashboard as list pages of 100.
    static func load(_ tasks: [SyncTask], into state: inout AppState, profile: String) {
        for offset in stride(from: 0, to: tasks.count, by: 100) {
            let page = SyncTaskPage(tasks: Array(tasks[offset..<min(tasks.count, offset + 100)]), count: Int64(tasks.count))
            _ = Dashboard.reduce(&state, .answer(.page(profile: profile, offset: offset, sweep: 1, .success(page))))
        }
    }

    static func tasks(_ count: Int) -> [SyncTask] {
        (0..<count).map { index in
            var task = SyncTask(id: String(index * 7919, radix: 16).leftPadded(8) + "-0000-4000-8000-" + String(index, radix: 16).leftPadded(12))
            task.status = index % 5 == 3 ? .stopped : .synchronizing
            task.srcCloudType = [.aliyun, .aws, .tencent, .azure, .qiniu][index % 5]
            task.srcRegion = ["cn-beijing", "us-east-1", "ap-guangzhou", "eastasia", "z0"][index % 5]
            task.srcBucket = "bucket-\(index)"
            task.dstRegion = "cn-north-4"
            task.dstBucket = "obs-\(index)"
            task.description = index % 3 == 0 ? "迁移任务 \(index)" : "nightly sync \(index)"
            task.lastStartTime = 1_795_000_000_000 - Int64(index) * 60_000
            return task
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
