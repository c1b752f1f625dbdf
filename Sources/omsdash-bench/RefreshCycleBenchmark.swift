import DashboardCore
import DashboardRuntime
import FoundationEssentials
import MonitorCore
import OMSCore

/// The first load at 20 ms latency: 5 tasks to a full screen, and 10,100 tasks to the first row
/// and to the full table.
enum RefreshCycleBenchmark {
    static func run() async throws {
        let now: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
        Report.title("First load at 20 ms latency per request")
        let small = try await BenchWorld.start(tasks: 5, latencyMilliseconds: 20)
        let dashboard = makeDashboard(small.client, width: 140, height: 40)
        let cold = await Timing.seconds { _ = await dashboard.settle(timeout: 30, now: now) { $0.hasLoadedVisibleRows } }
        Report.figure("5 tasks: cold start to a full screen", Report.ms(cold))
        Report.figure("  requests", "\(dashboard.runner.requestCount) (1 list + show and statistics for 5 rows)")
        await dashboard.runner.shutdown()
        await small.stop()

        let large = try await BenchWorld.start(tasks: 10_100, latencyMilliseconds: 20)
        let big = makeDashboard(large.client, width: 140, height: 40)
        var firstRow = 0.0
        let full = await Timing.seconds {
            firstRow = await Timing.seconds { _ = await big.settle(timeout: 60, now: now) { !$0.table.rows.isEmpty } }
            _ = await big.settle(timeout: 60, now: now) { $0.taskCount == 10_100 && $0.monitor.watches["bench"]!.hasLoaded }
        }
        Report.figure("10,100 tasks: time to the first row", Report.ms(firstRow), aim: "within 2 round trips + transfer")
        Report.figure("10,100 tasks: time to the full table", Report.ms(full))
        Report.figure("  requests", "\(large.server.service.requestsServed) (101 pages, the first load's one burst, and the rows on screen)")
        await big.runner.shutdown()
        await large.stop()
    }

    /// A headless dashboard on one client; `requestsPerMinute` lifts the budget for back-to-back cycles.
    static func makeDashboard(
        _ client: OMSClient, width: Int, height: Int, requestsPerMinute: Int = Settings.defaultRequestsPerMinute
    ) -> HeadlessDashboard {
        let state = AppState(
            profiles: [.init(name: "bench", region: "cn-north-4", projectID: client.configuration.projectID)],
            settings: MonitorSettings(requestsPerMinute: requestsPerMinute), now: Int64(Date().timeIntervalSince1970 * 1000), width: width,
            height: height)
        return HeadlessDashboard(state: state) { deliver in
            EffectRunner(clients: ClientPool(clients: ["bench": client]), taskCredentials: TaskCredentialStore(entries: [:]), deliver: deliver)
        }
    }
}
