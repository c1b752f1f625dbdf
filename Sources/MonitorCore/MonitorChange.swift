import OMSCore

/// What one answer changed in the watched world, so that a face redoes only the work it must
/// (re-sorting, re-filtering, announcing events).
public struct MonitorChange: Sendable, Equatable {
    /// Tasks that appeared, or whose list row or counters changed.
    public var updated: Set<TaskKey> = []
    /// Tasks that are gone.
    public var removed: Set<TaskKey> = []
    /// Alerts that fired or resolved, in order.
    public var events: [AlertEvent] = []
    /// Profiles whose polling changed phase (live, backing off, stale, stopped, connecting).
    public var healthChanged: Set<String> = []

    public init() {}

    /// Whether no task changed (events aside).
    public var isEmpty: Bool { updated.isEmpty && removed.isEmpty }
}
