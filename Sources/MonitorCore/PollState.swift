/// How polling one profile's task list is going.
public struct PollState: Sendable, Equatable {
    /// When page 1 was first asked for: the start of "no refresh succeeded for…".
    public var firstAttempt: Int64?
    public var lastAttempt: Int64?
    public var lastSuccess: Int64?
    /// Failed refreshes since the last good one.
    public var failures = 0
    /// Whether the last failed refresh had no answer at all (the endpoint unreachable).
    public var lastFailureUnanswered = false
    public var inFlight = false
    /// Set after a 401: polling stops until the user asks again with `r` (or, for `watch` and
    /// `exporter`, until the slow retry after a refusal).
    public var authFailure: ErrorReport?
    /// When the last refusal came, in ms.
    public var authFailureAt: Int64?
    /// When its key was last renewed after renewal had failed, in ms: a page 1 sent before then
    /// that fails after it goes out again at once, with the new key.
    public var renewedAt: Int64?
    /// When the next refresh is due, in ms.
    public var nextDue: Int64 = 0
    /// Page 1 was asked for now (`r`, or a change made here): it goes out even for a profile off
    /// screen, before its background pace would send it.
    public var urgent = false

    public init() {}

    /// After this many missed refreshes the data on screen is marked stale.
    public static let staleAfterFailures = 3
    /// The longest wait between refreshes while the service fails.
    public static let maxBackoffMilliseconds: Int64 = 60_000

    /// What the header says about polling.
    public enum Phase: Sendable, Equatable { case live, paused, backingOff, stale, stopped, connecting }

    public func phase(paused: Bool) -> Phase {
        if authFailure != nil { return .stopped }
        if paused { return .paused }
        if failures >= Self.staleAfterFailures { return .stale }
        if failures > 0 { return .backingOff }
        return lastSuccess == nil ? .connecting : .live
    }
}
