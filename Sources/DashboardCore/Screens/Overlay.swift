import MonitorCore
import OMSCore

/// What covers the screen above the table: help, the event timeline, a confirmation, the
/// start-keys prompt, the create form, the typed confirmation of a delete, or the names to sync.
/// The one place that tells overlays apart: each case's component lives in its folder of `Screens/`.
public enum Overlay: Sendable, Equatable {
    /// Every key of the keymap, scrolled down by this many lines.
    case help(scroll: Int)
    /// The session's alert events, newest first, scrolled down by this many.
    case timeline(scroll: Int)
    case confirm(ConfirmDialog)
    case credentials(CredentialPrompt)
    case form(TaskForm)
    case delete(DeleteDialog)
    case syncObjects(SyncObjectsPrompt)
    case failedObjects(FailedObjectsView)
}

extension Overlay {
    /// This overlay as a component.
    var component: any OverlayComponent {
        switch self {
        case .help(let scroll): HelpOverlay(scroll: scroll)
        case .timeline(let scroll): TimelineOverlay(scroll: scroll)
        case .confirm(let dialog): dialog
        case .credentials(let prompt): prompt
        case .form(let form): form
        case .delete(let delete): delete
        case .syncObjects(let prompt): prompt
        case .failedObjects(let view): view
        }
    }

    /// The overlay a key's action opens from the table or the detail pane, or the notice that says
    /// why it does not open; nil for the actions that open none.
    static func opened(by action: KeyAction, in state: AppState) -> Opening? {
        let target = OverlayTarget.Finder(state)
        switch action {
        case .help: return .overlay(.help(scroll: 0))
        case .timeline: return .overlay(.timeline(scroll: 0))
        case .startTask: return target.find(.stopped, for: action).map { .confirm(ConfirmDialog(command: .start, $0)) }
        case .stopTask: return target.find(.synchronizing, for: action).map { .confirm(ConfirmDialog(command: .stop, $0)) }
        case .deleteTask: return target.find(.stopped, for: action).map { .delete(DeleteDialog($0)) }
        case .syncObjects: return target.find(.synchronizing, for: action).map { .syncObjects(SyncObjectsPrompt($0)) }
        case .failedObjects: return FailedObjectsView.open(in: state)
        case .createTask: return TaskForm.open(cloning: nil, in: state)
        case .cloneTask: return state.table.selection.flatMap { key in state.task(key).map { (key, $0) } }
            .map { TaskForm.open(cloning: $0, in: state) } ?? .notice(.cloneNeedsSelection)
        default: return nil
        }
    }
}

/// What opening an overlay came to: the overlay (with the read it waits for), or why it did not open.
enum Opening: Sendable {
    case overlay(Overlay)
    case reading(Overlay, Effect)
    case notice(Notice)
}

/// The task an overlay opens on: its key, the task and its route as a dialog shows it.
struct OverlayTarget: Sendable {
    let key: TaskKey
    let task: SyncTask
    /// "Aliyun cn-beijing/logs-prod → cn-north-4/logs-prod", with the arrow the terminal can draw.
    let route: String

    /// Finds the selected task for an action that needs a task in one status.
    struct Finder {
        let state: AppState

        init(_ state: AppState) { self.state = state }

        /// The selected task when its status is `wanted`; otherwise the notice that says which
        /// status `action` needs (and nothing when no task is selected).
        func find(_ wanted: SyncTaskStatus, for action: KeyAction) -> Found {
            guard let key = state.table.selection, let task = state.task(key) else { return .none }
            guard task.status == wanted else { return .notice(.wrongStatus(action, status: TaskText.status(task))) }
            let route = TaskText.route(task, arrow: Symbols(unicode: state.session.unicode).arrow)
            return .target(OverlayTarget(key: key, task: task, route: route))
        }
    }

    /// A task found to open on, the notice of why none was, or no task selected at all.
    enum Found {
        case target(OverlayTarget)
        case notice(Notice)
        case none

        /// The overlay opened on the task found.
        func map(_ open: (OverlayTarget) -> Overlay) -> Opening? {
            switch self {
            case .target(let target): .overlay(open(target))
            case .notice(let notice): .notice(notice)
            case .none: nil
            }
        }
    }
}
