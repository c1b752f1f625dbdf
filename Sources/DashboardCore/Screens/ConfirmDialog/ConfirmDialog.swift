import MonitorCore
import OMSCore

/// A start, stop, delete or sync of named objects awaiting a yes, then the requests' progress and
/// answer. The delete dialog, the start-keys prompt and the names prompt each hold one.
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

    init(command: Command, _ target: OverlayTarget) {
        self.init(command: command, key: target.key, route: target.route)
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
