import OMSCore

extension Dashboard {
    /// Seconds between refreshes of the visible rows' counters and sparklines.
    static let rowRefreshMilliseconds: Int64 = 30_000
    /// The most row fetches started at once, so a tall table does not flood the API.
    static let rowFetchBudget = 4

    /// The fetches that are due now: the task lists every refresh interval, the selected task's
    /// show and statistics, and, at a slower bounded rate, the visible rows'.
    static func schedule(_ state: inout AppState) -> [Effect] {
        guard !state.paused else { return [] }
        var effects: [Effect] = []
        for profile in state.profiles.map(\.name) {
            guard var poll = state.polls[profile], poll.authFailure == nil, !poll.inFlight, state.now >= poll.nextDue
            else { continue }
            poll.inFlight = true
            poll.lastAttempt = state.now
            state.polls[profile] = poll
            effects.append(.listTasks(profile: profile))
        }
        if let key = state.selection, state.tasks[key] != nil {
            let statisticsEvery = max(state.refreshMilliseconds, 10_000)
            effects += fetches(for: key, showEvery: state.refreshMilliseconds, statisticsEvery: statisticsEvery, in: &state)
        }
        var budget = rowFetchBudget
        for key in state.visibleRows where key != state.selection && budget > 0 {
            let due = fetches(for: key, showEvery: rowRefreshMilliseconds, statisticsEvery: rowRefreshMilliseconds, in: &state)
            budget -= due.count
            effects += due
        }
        return effects
    }

    private static func fetches(for key: TaskKey, showEvery: Int64, statisticsEvery: Int64, in state: inout AppState)
        -> [Effect]
    {
        guard state.polls[key.profile]?.authFailure == nil else { return [] }
        var detail = state.details[key] ?? TaskDetail()
        var effects: [Effect] = []
        if !detail.showInFlight, detail.shownAt.map({ state.now - $0 >= showEvery }) ?? true {
            detail.showInFlight = true
            effects.append(.showTask(key))
        }
        let stale = detail.statisticsAt.map { state.now - $0 >= statisticsEvery } ?? true
        if !detail.statisticsInFlight, stale || detail.statisticsWindow != state.window {
            detail.statisticsInFlight = true
            effects.append(.fetchStatistics(key, window: state.window, start: state.now - state.window.milliseconds, end: state.now))
        }
        state.details[key] = detail
        return effects
    }
}
