import MonitorCore
import OMSCore
import Synchronization

/// Drives a monitor without a screen (`watch`, `exporter`): asks it what is due every tick (and,
/// while loading, after the answers that came together), sends each fetch in its own task, and
/// feeds the answers back. The latest state can be read at any moment, from any thread.
public final class MonitorLoop: Sendable {
    private enum Event: Sendable {
        case tick
        case answer(MonitorAnswer)
        /// Asks what the answers before it made due; sent a moment after the first of them, so that
        /// one pass serves every answer that came within it.
        case answered
    }

    private let state: Mutex<Monitor>
    private let clients: ClientPool
    private let tick: Duration
    /// Renewals that start failing or recover, told to the monitor at every tick.
    private let credentials: CredentialFeed?
    /// What the monitor is told at every tick besides the renewals, under one lock so that a
    /// config read again changes both at once.
    private struct Outside: Sendable {
        /// Organizations' accounts that came and went.
        var organizations: OrganizationFeed?
        /// Changes asked of the monitor from outside the loop (a config read again), oldest first.
        var edits: [@Sendable (inout Monitor, Int64) -> MonitorChange] = []
    }

    private let outside: Mutex<Outside>

    /// How long answers are gathered, while loading, before one pass asks what they made due: a
    /// pass walks every profile, and a hundred profiles' answers come within a few milliseconds.
    static let answersGathered = Duration.milliseconds(5)

    public init(
        monitor: Monitor, clients: ClientPool, credentials: CredentialFeed? = nil, organizations: OrganizationFeed? = nil,
        tick: Duration = .milliseconds(250)
    ) {
        state = Mutex(monitor)
        self.clients = clients
        self.credentials = credentials
        outside = Mutex(Outside(organizations: organizations))
        self.tick = tick
    }

    /// The monitor as of now.
    public var monitor: Monitor { state.withLock { $0 } }

    /// Makes `edit` at the next tick, on the loop's task (its change goes to `onChange` like any
    /// other), and from then on takes the organizations' updates from `organizations` instead:
    /// what a config read again changed. Updates the former feed had not told are dropped, as
    /// the new one listed afresh.
    public func reload(organizations feed: OrganizationFeed, _ edit: @escaping @Sendable (inout Monitor, Int64) -> MonitorChange) {
        outside.withLock { outside in
            outside.edits.append(edit)
            outside.organizations = feed
        }
    }

    /// Polls for `interest` until `shouldStop` says so (checked every tick and after every answer).
    /// `onAnswer` sees each answer as it comes; `onChange` gets its change with the monitor after
    /// it. Both run on the loop's task.
    public func run(
        interest: Interest, shouldStop: @escaping @Sendable (Monitor) -> Bool,
        onAnswer: @escaping @Sendable (MonitorAnswer) -> Void = { _ in },
        onChange: @escaping @Sendable (MonitorChange, Monitor) -> Void
    ) async {
        let (events, sink) = AsyncStream.makeStream(of: Event.self)
        let period = tick
        let ticker = Task {
            while !Task.isCancelled {
                sink.yield(.tick)
                try? await Task.sleep(for: period)
            }
        }
        defer { ticker.cancel() }
        let clients = self.clients
        var answeredQueued = false
        for await event in events {
            let now = WallClock.milliseconds
            let fetches: [Fetch]
            let current: Monitor
            switch event {
            case .tick:
                for (profile, failing) in credentials?.transitions() ?? [] {
                    let (change, monitor) = state.withLock { monitor in
                        (monitor.credentialRenewal(profile, failing: failing, now: now), monitor)
                    }
                    onChange(change, monitor)
                }
                let (edits, updates) = outside.withLock { outside in
                    defer { outside.edits = [] }
                    return (outside.edits, outside.organizations?.updates() ?? [])
                }
                for edit in edits {
                    let (change, monitor) = state.withLock { monitor in (edit(&monitor, now), monitor) }
                    onChange(change, monitor)
                }
                for update in updates {
                    let (change, monitor) = state.withLock { monitor in (monitor.take(update, now: now), monitor) }
                    onChange(change, monitor)
                }
                (fetches, current) = state.withLock { monitor in (monitor.due(now: now, interest: interest), monitor) }
            case .answer(let answer):
                onAnswer(answer)
                let change: MonitorChange
                let loading: Bool
                (change, loading, current) = state.withLock { monitor in
                    let change = monitor.receive(answer, now: now)
                    return (change, interest.checkEveryTaskNow || monitor.isLoading, monitor)
                }
                onChange(change, current)
                fetches = []
                // While loading (the next pages, `watch --once`'s checks), what answers make due goes
                // out at once, not at the next tick; once loaded, the tick's pace is fresh enough.
                if loading && !answeredQueued {
                    answeredQueued = true
                    Task {
                        try? await Task.sleep(for: Self.answersGathered)
                        sink.yield(.answered)
                    }
                }
            case .answered:
                answeredQueued = false
                (fetches, current) = state.withLock { monitor in (monitor.due(now: now, interest: interest), monitor) }
            }
            if shouldStop(current) { break }
            for fetch in fetches {
                Task { sink.yield(.answer(await FetchRunner.answer(fetch, in: clients))) }
            }
        }
    }
}
