/// How every profile's polling goes, kept up to date as answers come: each profile in one state,
/// the ones that fail long enough to be stale, and the oldest last success. A face counts and
/// names the profiles in each state from it without walking the fleet at every frame.
public struct FleetIndex: Sendable {
    /// A profile's polling state, the worst first.
    public enum State: CaseIterable, Sendable {
        /// Its credentials were refused: nothing more is sent until `r` (or the slow retry).
        case refused
        /// Its last refreshes failed (unreachable, throttled, a server error): retrying with backoff.
        case failing
        /// No answer yet.
        case connecting
        case live
    }

    private var states: [String: State] = [:]
    private var members: [State: Set<String>] = [:]
    /// The profiles whose page 1 failed `PollState.staleAfterFailures` times in a row or more.
    public private(set) var stale: Set<String> = []
    /// The profiles by their last good page 1, the oldest first.
    private var successes = WakeQueue()
    /// When the least recently refreshed profile was last refreshed; nil before any answer.
    public private(set) var oldestSuccess: Int64?

    init() {}

    /// The state a profile's polling is in.
    public static func state(of health: PollState) -> State {
        if health.authFailure != nil { return .refused }
        if health.failures > 0 { return .failing }
        return health.lastSuccess == nil ? .connecting : .live
    }

    /// Takes in a profile's health as it is now.
    mutating func update(_ profile: String, _ health: PollState) {
        let state = Self.state(of: health)
        if let old = states[profile], old != state { members[old]?.remove(profile) }
        states[profile] = state
        members[state, default: []].insert(profile)
        if health.failures >= PollState.staleAfterFailures { stale.insert(profile) } else { stale.remove(profile) }
        successes.schedule(profile, at: health.lastSuccess)
        oldestSuccess = successes.frontTime()
    }

    /// Forgets a profile that is no longer watched.
    mutating func remove(_ profile: String) {
        if let old = states.removeValue(forKey: profile) { members[old]?.remove(profile) }
        stale.remove(profile)
        successes.schedule(profile, at: nil)
        oldestSuccess = successes.frontTime()
    }

    /// How many profiles are in `state`.
    public func count(_ state: State) -> Int { members[state]?.count ?? 0 }

    /// The profiles in `state`, in no order.
    public func profiles(in state: State) -> Set<String> { members[state] ?? [] }

    /// The state of one profile.
    public func state(of profile: String) -> State? { states[profile] }
}
