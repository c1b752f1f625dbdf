import MonitorCore
import OMSCore

/// What covers the screen above the table: help, the event timeline, a confirmation, or the
/// start-keys prompt.
public enum Overlay: Sendable, Equatable {
    case help
    /// The session's alert events, newest first, scrolled down by this many.
    case timeline(scroll: Int)
    case confirm(ConfirmDialog)
    case credentials(CredentialPrompt)
}

/// A start or stop awaiting a yes, then the request's progress and answer.
public struct ConfirmDialog: Sendable, Equatable {
    public enum Command: Sendable, Equatable { case start, stop }
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

    public var verb: String { command == .start ? "Start" : "Stop" }
}

/// The masked form that asks for the keys start needs when the config has none for the task.
/// The values live in memory only until the one request is sent.
public struct CredentialPrompt: Sendable, Equatable {
    public var dialog: ConfirmDialog
    public var values = ["", "", "", ""]
    public var field = 0

    public static let labels = ["Source AK", "Source SK", "Destination AK", "Destination SK"]
    /// Which fields are secrets, shown as dots.
    public static let masked = [false, true, false, true]

    public init(dialog: ConfirmDialog) { self.dialog = dialog }

    public var request: StartSyncTaskRequest {
        StartSyncTaskRequest(srcAK: values[0], srcSK: Secret(values[1]), dstAK: values[2], dstSK: Secret(values[3]))
    }

    public var isComplete: Bool { values.allSatisfy { !$0.isEmpty } }
}
