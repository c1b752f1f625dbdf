import MonitorCore
import OMSCore

/// `F`: the failed objects of the selected task, read from the lists OMS writes into its
/// destination bucket. The counts by error code at the top, the objects below (scrolled,
/// filtered, marked), and the re-drive of the marked objects (or of every one shown) through the
/// names prompt's review, one POST a batch of 10.
public struct FailedObjectsView: Sendable, Equatable {
    /// What the lists gave: being read, read, or why they could not be.
    public enum Phase: Sendable, Equatable {
        case reading
        case read(ObjectListSummary)
        case failed(ErrorReport)
    }

    /// The most objects kept to show; past it they are counted.
    public static let kept = 10_000
    /// The most names re-driven from the dashboard; more go through `omsdash sync-objects --from-failed`.
    public static let maxRedrive = 1_000

    public let key: TaskKey
    /// "Aliyun cn-beijing/logs-prod → cn-north-4/logs-prod".
    public let route: String
    public let bucket: String
    let region: String?
    /// Whether the task takes names to re-drive now.
    let synchronizing: Bool
    public internal(set) var phase: Phase = .reading
    /// The object under the cursor, as an index into `shown`, and the first one in view.
    public internal(set) var cursor = 0
    public internal(set) var scroll = 0
    /// The names marked, kept through filtering and reading again.
    public internal(set) var marked: Set<String> = []
    public internal(set) var filterField = TextField()
    public internal(set) var isEditingFilter = false
    /// Why the last re-drive did not go ahead.
    public internal(set) var refusal: Wording?

    init(_ target: OverlayTarget, bucket: String) {
        key = target.key
        route = target.route
        self.bucket = bucket
        region = target.task.dstRegion
        synchronizing = target.task.status == .synchronizing
    }

    /// The view on the selected task, with the read it waits for; nothing without a selection.
    static func open(in state: AppState) -> Opening? {
        guard let key = state.table.selection, let task = state.task(key) else { return nil }
        guard let bucket = task.dstBucket, !bucket.isEmpty else { return nil }
        let target = OverlayTarget(key: key, task: task, route: TaskText.route(task, arrow: Symbols(unicode: state.session.unicode).arrow))
        let view = FailedObjectsView(target, bucket: bucket)
        return .reading(.failedObjects(view), view.read)
    }

    /// The read of the task's lists.
    var read: Effect { .readObjectLists(key, bucket: bucket, region: region, limit: Self.kept) }

    /// The summary, once read.
    public var summary: ObjectListSummary? {
        if case .read(let summary) = phase { return summary }
        return nil
    }

    /// The objects the filter shows: those whose name, reason or error code holds its text, in
    /// any case.
    public var shown: [ListedObject] {
        let objects = summary?.objects ?? []
        let wanted = filterField.value.lowercased()
        guard !wanted.isEmpty else { return objects }
        return objects.filter { object in
            object.name.lowercased().contains(wanted) || (object.reason?.lowercased().contains(wanted) ?? false)
                || (object.errorCode?.lowercased().contains(wanted) ?? false)
        }
    }

    /// The view with no mark, after the marked were sent.
    var unmarked: FailedObjectsView {
        var view = self
        view.marked = []
        return view
    }

    /// The names a re-drive sends: the marked ones, else every one shown.
    public var redriveNames: [String] {
        let shown = shown
        let marked = shown.filter { self.marked.contains($0.name) }
        return (marked.isEmpty ? shown : marked).map(\.name)
    }
}
