import OMSCore

/// What one answer changed in the watched world, so that a face redoes only the work it must
/// (re-sorting, re-filtering, alert rules).
public struct MonitorChange: Sendable, Equatable {
    /// Tasks that appeared, or whose list row or counters changed.
    public var updated: Set<TaskKey> = []
    /// Tasks that are gone.
    public var removed: Set<TaskKey> = []

    public init() {}

    public var isEmpty: Bool { updated.isEmpty && removed.isEmpty }
}
