import DashboardCore
import Synchronization
import TerminalUI

/// Actions from network tasks, queued for the terminal loop, which a wake-up pipe rouses.
final class ActionInbox: Sendable {
    private let queue = Mutex<[Action]>([])
    let wakePipe = WakePipe()

    func post(_ action: Action) {
        queue.withLock { $0.append(action) }
        wakePipe.wake()
    }

    func drain() -> [Action] {
        wakePipe.drain()
        return queue.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
    }
}
