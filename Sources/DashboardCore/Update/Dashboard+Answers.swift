import OMSCore

extension Dashboard {
    static func receiveList(profile: String, _ result: Result<[SyncTask], ErrorReport>, in state: inout AppState) {
        var poll = state.polls[profile] ?? PollState()
        poll.inFlight = false
        switch result {
        case .success(let tasks):
            poll.lastSuccess = state.now
            poll.failures = 0
            poll.nextDue = state.now + state.refreshMilliseconds
            let fresh = Set(tasks.map { TaskKey(profile: profile, id: $0.id) })
            for key in state.tasks.keys where key.profile == profile && !fresh.contains(key) {
                state.tasks[key] = nil
                state.details[key] = nil
                state.searchText[key] = nil
            }
            for task in tasks {
                let key = TaskKey(profile: profile, id: task.id)
                if let old = state.tasks[key], !AppState.sameSearchFields(old, task) {
                    state.searchText[key] = nil
                }
                state.tasks[key] = task
            }
            if state.lastError.map({ !$0.isAuthenticationFailure }) ?? false { state.lastError = nil }
            state.refreshRows()
        case .failure(let report):
            poll.failures += 1
            if report.isAuthenticationFailure { poll.authFailure = report }
            let backoff = min(PollState.maxBackoffMilliseconds, state.refreshMilliseconds << min(poll.failures, 6))
            poll.nextDue = state.now + backoff
            state.lastError = report
        }
        state.polls[profile] = poll
    }

    static func receiveShow(_ key: TaskKey, _ result: Result<SyncTask, ErrorReport>, in state: inout AppState) {
        var detail = state.details[key] ?? TaskDetail()
        detail.showInFlight = false
        detail.shownAt = state.now
        var statusChanged = false
        switch result {
        case .success(let task):
            detail.shown = task
            if var row = state.tasks[key] {
                statusChanged = task.status != nil && task.status != row.status
                row.status = task.status ?? row.status
                row.lastStartTime = task.lastStartTime ?? row.lastStartTime
                state.tasks[key] = row
            }
        case .failure(let report):
            recordFailure(report, profile: key.profile, in: &state)
        }
        state.details[key] = detail
        if statusChanged || [.requested, .failed, .size, .successRate].contains(state.sort) { state.refreshRows() }
    }

    static func receiveStatistics(
        _ key: TaskKey, window: StatsWindow, start: Int64, end: Int64, _ result: Result<TaskStatistics, ErrorReport>,
        in state: inout AppState
    ) {
        var detail = state.details[key] ?? TaskDetail()
        detail.statisticsInFlight = false
        detail.statisticsAt = state.now
        switch result {
        case .success(let statistics):
            detail.statistics = statistics
            detail.statisticsWindow = window
            detail.statisticsStart = start
            detail.statisticsEnd = end
        case .failure(let report):
            recordFailure(report, profile: key.profile, in: &state)
        }
        state.details[key] = detail
    }

    static func receiveCommand(_ key: TaskKey, _ command: ConfirmDialog.Command, _ error: ErrorReport?, in state: inout AppState) {
        if case .confirm(var dialog) = state.overlay, dialog.key == key {
            dialog.phase = error.map { .failed($0) } ?? .succeeded
            state.overlay = .confirm(dialog)
        }
        if let error {
            state.lastError = error
            return
        }
        if var task = state.tasks[key] {
            task.status = command == .start ? .synchronizing : .stopped
            if command == .start { task.lastStartTime = state.now }
            state.tasks[key] = task
        }
        state.details[key]?.shown?.status = command == .start ? .synchronizing : .stopped
        state.details[key]?.shownAt = nil
        state.polls[key.profile]?.nextDue = state.now
        state.refreshRows()
    }

    /// Shows a failed detail fetch; a refused credential stops the profile's polling.
    private static func recordFailure(_ report: ErrorReport, profile: String, in state: inout AppState) {
        state.lastError = report
        if report.isAuthenticationFailure { state.polls[profile]?.authFailure = report }
    }
}
