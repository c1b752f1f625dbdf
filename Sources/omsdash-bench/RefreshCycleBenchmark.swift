import DashboardCore
import DashboardRuntime
import FoundationEssentials
import OMSCore

/// One full refresh of the dashboard at 20 ms latency: the list, the selected task's show and
/// statistics, and the visible rows' counters and sparklines.
enum RefreshCycleBenchmark {
    static func run() async throws {
        Report.title("Dashboard refresh cycle: 5 tasks, 20 ms latency per request")
        let bench = try await BenchWorld.start(tasks: 5, latencyMilliseconds: 20)
        let dashboard = makeDashboard(bench.client, width: 140, height: 40)
        let now: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
        let cold = await Timing.seconds {
            _ = await dashboard.settle(timeout: 30, now: now) { $0.hasLoadedVisibleRows }
        }
        let coldRequests = dashboard.runner.requestCount
        Report.figure("cold start to a full screen", Report.ms(cold))
        Report.figure("  requests", "\(coldRequests) (1 list + show and statistics for 5 rows)")
        var warm: [Double] = []
        var warmRequests: [Int] = []
        for _ in 0..<5 {
            let before = dashboard.runner.requestCount
            dashboard.modify { state in
                for key in state.visibleRows {
                    state.details[key]?.shownAt = nil
                    state.details[key]?.statisticsAt = nil
                }
                for name in state.polls.keys { state.polls[name]?.nextDue = 0 }
            }
            warm.append(await Timing.seconds {
                _ = await dashboard.settle(timeout: 30, now: now) { state in
                    state.hasLoadedVisibleRows && state.polls.values.allSatisfy { !$0.inFlight }
                }
            })
            warmRequests.append(dashboard.runner.requestCount - before)
        }
        Report.figure("full refresh (all rows due), median of 5", Report.ms(Timing.median(warm)))
        Report.figure("  requests per full refresh", "\(warmRequests.max() ?? 0)")
        await dashboard.runner.shutdown()
        await bench.server.stop()
        await bench.client.shutdown()
    }

    static func makeDashboard(_ client: OMSClient, width: Int, height: Int) -> HeadlessDashboard {
        let state = AppState(
            profiles: [.init(name: "bench", region: "cn-north-4", projectID: client.configuration.projectID)],
            now: Int64(Date().timeIntervalSince1970 * 1000), width: width, height: height)
        return HeadlessDashboard(state: state) { deliver in
            EffectRunner(clients: ["bench": client], taskCredentials: TaskCredentialStore(entries: [:]), deliver: deliver)
        }
    }
}
