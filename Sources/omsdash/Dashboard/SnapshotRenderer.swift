import DashboardCore
import DashboardRuntime
import FoundationEssentials
import MonitorCore
import MonitorRuntime
import OMSCore

/// Renders one frame without a terminal, once the first data has arrived: the task list, and the
/// visible rows' counters and statistics.
struct SnapshotRenderer {
    let session: DashboardSession

    /// The frame as plain text, or the error that kept the data from arriving.
    func render(width: Int, height: Int, timeout: Double = 10) async throws -> String {
        let dashboard = HeadlessDashboard(state: session.state, makeRunner: session.runner(deliver:))
        dashboard.send([.resize(width: width, height: height)])
        let settled = await dashboard.settle(timeout: timeout, now: { WallClock.milliseconds }) { state in
            state.hasLoadedVisibleRows || Self.hasFailed(state)
        }
        let state = dashboard.state
        if let failure = state.polls.values.compactMap(\.authFailure).first { throw CommandFailure.api(failure.wording) }
        if Self.hasFailed(state), let error = state.status.error { throw CommandFailure.api(error.wording) }
        // On a large account the budget spreads the rows' details over minutes: a frame with the list
        // loaded is still the truth, with dashes where counters have not come yet.
        guard settled || state.polls.values.allSatisfy({ $0.lastSuccess != nil }) else {
            throw CommandFailure.api(Wording(.failureNoData, ["seconds": String(Int(timeout))]))
        }
        return Dashboard.render(state).text
    }

    /// Whether every profile's refreshes are failing.
    static func hasFailed(_ state: AppState) -> Bool {
        state.polls.values.allSatisfy { $0.failures > 0 || $0.authFailure != nil }
    }
}
