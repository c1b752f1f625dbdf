import MonitorCore
import OMSCore

/// What covers the screen above the table: help, the event timeline, a confirmation, the
/// start-keys prompt, the create form, the typed confirmation of a delete, or the names to sync.
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
        }
    }
}

/// A start, stop, delete or sync of named objects awaiting a yes, then the requests' progress and
/// answer.
public struct ConfirmDialog: Sendable, Equatable {
    public enum Command: Sendable, Equatable { case start, stop, delete, syncObjects }
    public enum Button: Sendable, Equatable { case cancel, confirm }
    public enum Phase: Sendable, Equatable {
        case asking
        case sending
        case failed(ErrorReport)
    }

    public var command: Command
    public var key: TaskKey
    /// "Aliyun cn-beijing/logs-prod → cn-north-4/logs-prod".
    public var route: String
    public var focused: Button = .cancel
    public var phase: Phase = .asking

    public init(command: Command, key: TaskKey, route: String) {
        self.command = command
        self.key = key
        self.route = route
    }

}

extension ConfirmDialog.Command {
    /// "Start", "Stop", "Delete", "Send".
    public var verb: Message {
        switch self {
        case .start: .verbStart
        case .stop: .verbStop
        case .delete: .verbDelete
        case .syncObjects: .verbSend
        }
    }

    /// The verb in progress: "Starting".
    public var progressive: Message {
        switch self {
        case .start: .verbStarting
        case .stop: .verbStopping
        case .delete: .verbDeleting
        case .syncObjects: .verbSending
        }
    }
}

/// The masked form that asks for the keys start needs when the config has none for the task.
/// The values live in memory only until the one request is sent.
public struct CredentialPrompt: Sendable, Equatable {
    public var dialog: ConfirmDialog
    public var values = ["", "", "", ""]
    public var field = 0

    /// The four keys, every one shown as dots: task access keys are secrets like the SKs.
    public static let labels: [Message] = [.keysSourceAK, .keysSourceSK, .keysDestinationAK, .keysDestinationSK]

    public init(dialog: ConfirmDialog) { self.dialog = dialog }

    public var request: StartSyncTaskRequest {
        StartSyncTaskRequest(srcAK: values[0], srcSK: Secret(values[1]), dstAK: values[2], dstSK: Secret(values[3]))
    }

    public var isComplete: Bool { values.allSatisfy { !$0.isEmpty } }
}

/// The delete dialog: names the task and its route, and sends the one DELETE only once the first
/// characters of the task id are typed.
public struct DeleteDialog: Sendable, Equatable {
    /// How many characters of the id the user types.
    public static let confirmationLength = 4

    public var dialog: ConfirmDialog
    public var typed = ""
    /// Whether Enter was pressed on a wrong confirmation.
    public var mismatch = false

    public init(key: TaskKey, route: String) {
        dialog = ConfirmDialog(command: .delete, key: key, route: route)
    }

    /// What must be typed: the first characters of the task id.
    public var expected: String { String(dialog.key.id.prefix(Self.confirmationLength)) }

    /// Whether the typed text is the expected one (case aside).
    public var isConfirmed: Bool { typed.lowercased() == expected.lowercased() }
}
