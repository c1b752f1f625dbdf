import OMSCore

/// A request the monitor wants sent. The runtime sends it and hands the answer back as a
/// `MonitorAnswer`; the monitor itself never touches the network.
public enum Fetch: Sendable, Hashable {
    /// One page of a profile's task list (100 tasks from `offset`), for the sweep numbered `sweep`.
    case listPage(profile: String, offset: Int, sweep: Int)
    /// One task with this month's counters.
    case show(TaskKey)
    /// Every statistics series of one task over a window.
    case statistics(TaskKey, window: StatsWindow, start: Int64, end: Int64)
    /// The REQUEST and FAILURE series of one task over the span the alert rules judge.
    case alertCheck(TaskKey, start: Int64, end: Int64)

    /// The profile the request is sent for.
    public var profile: String {
        switch self {
        case .listPage(let profile, _, _): profile
        case .show(let key), .statistics(let key, _, _, _), .alertCheck(let key, _, _): key.profile
        }
    }
}

/// The answer to a `Fetch`, as the runtime hands it back.
public enum MonitorAnswer: Sendable {
    case page(profile: String, offset: Int, sweep: Int, Result<SyncTaskPage, ErrorReport>)
    case shown(TaskKey, Result<SyncTask, ErrorReport>)
    case statistics(TaskKey, window: StatsWindow, start: Int64, end: Int64, Result<TaskStatistics, ErrorReport>)
    case alertCheck(TaskKey, start: Int64, end: Int64, Result<TaskStatistics, ErrorReport>)
}
