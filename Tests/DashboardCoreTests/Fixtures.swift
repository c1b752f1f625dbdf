import DashboardCore
import MonitorCore
import OMSCore

/// Tasks and states for dashboard tests, at a fixed time.
enum Fixtures {
    static let now: Int64 = 1_795_000_000_000

    static func task(
        _ id: String, status: SyncTaskStatus = .synchronizing, cloud: CloudType = .aliyun, source: String = "logs-prod",
        destination: String = "logs-obs", description: String = "nightly logs", requested: Int64 = 1_204_311,
        failed: Int64 = 1_102
    ) -> SyncTask {
        var task = SyncTask(id: id)
        task.status = status
        task.srcCloudType = cloud
        task.srcRegion = "cn-beijing"
        task.srcBucket = source
        task.dstRegion = "cn-north-4"
        task.dstBucket = destination
        task.description = description
        task.createTime = now - 40 * 86_400_000
        task.lastStartTime = now - 86_400_000
        task.objectOverwriteMode = .sizeLastModified
        task.consistencyCheck = .sizeLastModified
        task.dstStoragePolicy = .standard
        task.enableKMS = false
        // Every object requested is synchronized, failed or skipped: at most 207 skipped.
        let skipped = min(207, requested - failed)
        task.monthly = MonthlyCounters(
            requested: requested, succeeded: requested - failed - skipped, failed: failed, skipped: skipped, bytes: 3_738_339_534_848)
        return task
    }

    static let tasks = [
        task("d18befdd-eb82-41f3-8019-bbb593d74a3e"),
        task("0d146099-8cf4-437d-b6ef-88e043771c8b", status: .stopped, cloud: .aws, source: "media-archive",
             destination: "media", description: "迁移任务 媒体库 归档数据", requested: 88_100, failed: 2_026),
        task("7a5e0c11-1111-4222-8333-944455556666", cloud: .tencent, source: "game-assets-1250000000",
             destination: "game-assets", description: "游戏资源 🎮 同步", requested: 50, failed: 0),
    ]

    /// A task's own plausible series, as OMS reports them: each 5-minute bucket's objects requested
    /// split into succeeded, failed (in bursts) and skipped, which add up to the requests, and bytes
    /// that match the objects succeeded at the task's own mean object size. Tasks differ in level,
    /// shape and burst timing, so a swapped or misread series shows on a screen.
    static func statistics(for id: String, start: Int64, end: Int64) -> TaskStatistics {
        let step: Int64 = 300_000
        let seed = Int64(id.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 } % 1_000)
        let level = 20 + seed % 60
        let meanObjectBytes = (64 + seed % 512) * 1_024
        var counts: [StatisticDataType: [StatisticPoint]] = [:]
        var time = start / step * step
        var n: Int64 = 0
        while time < end {
            let requested = level + ((n * 7 + seed) % 13) * (1 + seed % 3)
            let failed = n % (11 + seed % 7) == seed % 5 ? requested / 4 : 0
            let skipped = requested / (5 + seed % 4)
            let succeeded = requested - failed - skipped
            for (type, value) in [(StatisticDataType.request, requested), (.success, succeeded), (.failure, failed), (.skip, skipped),
                                  (.size, succeeded * meanObjectBytes)] where value > 0 {
                counts[type, default: []].append(StatisticPoint(timestamp: time, value: value))
            }
            time += step
            n += 1
        }
        let series = StatisticDataType.documented.map { StatisticSeries(dataType: $0, points: counts[$0] ?? []) }
        return TaskStatistics(taskID: id, timeType: .fiveMinutes, series: series)
    }

    /// The zone the screens are drawn in, whatever the machine's: where most users are.
    static let clock = LocalTime(zone: "Asia/Shanghai")!

    /// A state with the fixture tasks listed and every task's detail and statistics loaded.
    static func loadedState(
        width: Int = 140, height: Int = 40, readOnly: Bool = false, keymap: Keymap = .standard, unicode: Bool = true,
        startKeys: AppState.StartKeyAvailability = AppState.StartKeyAvailability(), environmentNames: Set<String> = []
    ) -> AppState {
        var state = AppState(
            profiles: [.init(name: "bj", region: "cn-north-4", projectID: "0b5c3a7e9d214f6c8a1e2b3c4d5e1f23")],
            readOnly: readOnly, keymap: keymap, startKeys: startKeys, environmentNames: environmentNames, unicode: unicode,
            clock: clock, now: now, width: width, height: height)
        _ = Dashboard.reduce(&state, listed(tasks))
        for task in tasks {
            let key = TaskKey(profile: "bj", id: task.id)
            _ = Dashboard.reduce(&state, .answer(.shown(key, .success(task))))
            let start = now - StatsWindow.sixHours.milliseconds
            _ = Dashboard.reduce(
                &state,
                .answer(.statistics(key, window: .sixHours, start: start, end: now, .success(statistics(for: task.id, start: start, end: now)))))
        }
        return state
    }

    /// Page 1 of a profile's list, answered with `tasks`.
    static func listed(_ tasks: [SyncTask], profile: String = "bj", sweep: Int = 1) -> Action {
        .answer(.page(profile: profile, offset: 0, sweep: sweep, .success(SyncTaskPage(tasks: tasks, count: Int64(tasks.count)))))
    }

    /// Page 1 of a profile's list, failed.
    static func listFailed(_ report: ErrorReport, profile: String = "bj", sweep: Int = 1) -> Action {
        .answer(.page(profile: profile, offset: 0, sweep: sweep, .failure(report)))
    }

    /// Whether an effect asks for page 1 of a profile's list.
    static func isHead(_ profile: String) -> (Effect) -> Bool {
        { effect in
            if case .fetch(.listPage(profile, 0, _)) = effect { return true }
            return false
        }
    }

    static func key(_ index: Int) -> TaskKey { TaskKey(profile: "bj", id: tasks[index].id) }
}
