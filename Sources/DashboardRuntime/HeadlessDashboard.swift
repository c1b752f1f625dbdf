import DashboardCore
import FoundationEssentials
import Synchronization

/// The dashboard without a terminal: reduces actions, runs effects, and waits for their answers.
/// `omsdash snapshot` and the benchmarks drive it.
public final class HeadlessDashboard: Sendable {
    private let inbox = ActionQueue()
    private let current: Mutex<AppState>
    public let runner: EffectRunner

    /// A dashboard for these clients; `makeRunner` receives the function that delivers answers.
    public init(state: AppState, makeRunner: (@escaping @Sendable (Action) -> Void) -> EffectRunner) {
        current = Mutex(state)
        let inbox = self.inbox
        runner = makeRunner { inbox.post($0) }
    }

    /// The state now.
    public var state: AppState { current.withLock { $0 } }

    /// Applies actions and starts their effects.
    public func send(_ actions: [Action]) {
        let effects = current.withLock { state in Dashboard.reduce(&state, actions) }
        for effect in effects where effect != .quit { runner.run(effect) }
    }

    /// Feeds answers and clock ticks until `done` holds; false when `timeout` passed first.
    public func settle(timeout: Double, now: @Sendable () -> Int64, until done: (AppState) -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let answers = inbox.drain()
            send([.tick(now: now())] + answers)
            if done(state) { return true }
            try? await Task.sleep(for: .milliseconds(answers.isEmpty ? 2 : 0))
        }
        return false
    }
}
