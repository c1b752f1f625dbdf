import OMSCore

/// A task as the list last showed it, and when the service last confirmed it exists.
public struct WatchedTask: Sendable, Equatable {
    /// The list row (no monthly counters; those are in the task's `TaskDetail`).
    public var task: SyncTask
    /// When a list page or a show answer last included the task, in ms.
    public var confirmedAt: Int64

    public init(task: SyncTask, confirmedAt: Int64) {
        self.task = task
        self.confirmedAt = confirmedAt
    }
}
