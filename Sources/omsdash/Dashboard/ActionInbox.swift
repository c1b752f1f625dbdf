import DashboardCore
import DashboardRuntime
import TerminalUI

/// Actions from network tasks for the terminal loop, which a wake-up pipe rouses from its sleep.
final class ActionInbox: Sendable {
    private let queue = ActionQueue()
    let wakePipe = WakePipe()

    func post(_ action: Action) {
        queue.post(action)
        wakePipe.wake()
    }

    func drain() -> [Action] {
        wakePipe.drain()
        return queue.drain()
    }
}
