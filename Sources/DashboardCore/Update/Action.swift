import OMSCore

/// Everything that can happen to the dashboard: keys, time, size, and answers from the API.
public enum Action: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The clock, in ms since 1970: drives polling and the "refreshed Ns ago" age.
    case tick(now: Int64)
    case tasksListed(profile: String, Result<[SyncTask], ErrorReport>)
    case taskShown(TaskKey, Result<SyncTask, ErrorReport>)
    case statisticsFetched(TaskKey, window: StatsWindow, start: Int64, end: Int64, Result<TaskStatistics, ErrorReport>)
    /// A start or stop came back: nil on success.
    case commandFinished(TaskKey, ConfirmDialog.Command, ErrorReport?)
}

/// Work for the runtime: each effect's answer comes back as an action.
public enum Effect: Sendable, Equatable {
    case listTasks(profile: String)
    case showTask(TaskKey)
    case fetchStatistics(TaskKey, window: StatsWindow, start: Int64, end: Int64)
    /// Start with these keys, or with the keys of the config when nil.
    case startTask(TaskKey, StartSyncTaskRequest?)
    case stopTask(TaskKey)
    case quit
}
