import DashboardCore
import Synchronization

/// Answers from network tasks, queued until the dashboard's loop takes them.
public final class ActionQueue: Sendable {
    private let actions = Mutex<[Action]>([])

    public init() {}

    public func post(_ action: Action) {
        actions.withLock { $0.append(action) }
    }

    /// Takes every queued action, oldest first.
    public func drain() -> [Action] {
        actions.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
    }
}
