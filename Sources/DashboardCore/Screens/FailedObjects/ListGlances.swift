import MonitorCore
import OMSCore

/// What the detail pane says of the selected task's failed-object lists, read at a slow pace: a
/// task's lists once every 10 minutes at most, one read at a time, and only once the detail pane
/// has had the keyboard on the task for 2 seconds, so that moving through the table reads nothing. Never on the
/// refreshes: the lists are read from the destination bucket, not from OMS.
public struct ListGlances: Sendable, Equatable {
    /// What a read of a task's lists gave.
    public enum Glance: Sendable, Equatable {
        case read(ObjectListGlance)
        case failed(ErrorReport)
    }

    /// A task's last glance and when it was had.
    struct Entry: Sendable, Equatable {
        var glance: Glance
        var at: Int64
    }

    /// How long a glance stands before the task's lists are read again.
    static let interval: Int64 = 600_000
    /// How long a task stays selected before its lists are read.
    static let settle: Int64 = 2_000

    private(set) var entries: [TaskKey: Entry] = [:]
    private(set) var inFlight: TaskKey?
    private var selected: TaskKey?
    private var selectedSince: Int64 = 0

    /// The glance of a task, if one was had.
    public func glance(_ key: TaskKey) -> Glance? { entries[key]?.glance }

    /// The read due for the selected task now, if any; notes when the selection changed.
    mutating func due(selection: TaskKey?, task: SyncTask?, now: Int64) -> Effect? {
        if selection != selected {
            selected = selection
            selectedSince = now
        }
        guard inFlight == nil, let key = selection, let bucket = task?.dstBucket, !bucket.isEmpty,
            now - selectedSince >= Self.settle, entries[key].map({ now - $0.at >= Self.interval }) ?? true
        else { return nil }
        inFlight = key
        return .glanceObjectLists(key, bucket: bucket, region: task?.dstRegion)
    }

    /// Takes a read's answer.
    mutating func take(_ key: TaskKey, _ result: Result<ObjectListGlance, ErrorReport>, now: Int64) {
        if inFlight == key { inFlight = nil }
        switch result {
        case .success(let glance): entries[key] = Entry(glance: .read(glance), at: now)
        case .failure(let report): entries[key] = Entry(glance: .failed(report), at: now)
        }
    }
}
