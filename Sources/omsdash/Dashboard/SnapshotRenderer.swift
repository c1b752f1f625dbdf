import DashboardCore
import Foundation

/// Renders one frame without a terminal, once the first data has arrived: the task list, and the
/// selected task's counters and statistics.
struct SnapshotRenderer {
    let session: DashboardSession

    /// The frame as plain text, or the error that kept the data from arriving.
    func render(width: Int, height: Int, timeout: Double = 20) async throws -> String {
        var state = session.state
        state.width = width
        state.height = height
        let deadline = Date().addingTimeInterval(timeout)
        var pending: [Action] = [.tick(now: Clock.milliseconds)]
        while Date() < deadline {
            for action in pending {
                for effect in Dashboard.reduce(&state, action) where effect != .quit { session.runner.run(effect) }
            }
            if let failure = state.polls.values.compactMap(\.authFailure).first { throw CommandFailure.api(failure.message) }
            if isComplete(state) { return Dashboard.render(state).text }
            if state.polls.values.allSatisfy({ $0.failures > 0 }), let error = state.lastError {
                throw CommandFailure.api(error.message)
            }
            try await Task.sleep(for: .milliseconds(20))
            pending = session.inbox.drain()
        }
        throw CommandFailure.api("no data within \(Int(timeout)) s: check the endpoint and network")
    }

    /// Whether every profile answered and every visible row has its counters and sparkline.
    private func isComplete(_ state: AppState) -> Bool {
        guard state.polls.values.allSatisfy({ $0.lastSuccess != nil }) else { return false }
        return state.visibleRows.allSatisfy { key in
            let detail = state.details[key]
            return detail?.shownAt != nil && detail?.statisticsAt != nil && detail?.showInFlight == false
                && detail?.statisticsInFlight == false
        }
    }
}
