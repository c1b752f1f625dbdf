import FoundationEssentials
import Synchronization

/// Holds back the agencies of one source credential once IAM has refused it: until the gate opens
/// again (a minute later), their renewals fail at once without a request, and then one of them
/// alone tries. So a revoked source key costs one IAM call a minute, however many agencies it serves.
final class SourceGate: Sendable {
    private struct State {
        var closedUntil: Int64?
        var refusal: CredentialFailure?
        /// Told when the gate opens again, so that the agencies held back try at once.
        var waiters: [@Sendable () -> Void] = []
    }

    private let state = Mutex(State())

    /// How long the gate stays closed after a refusal, in ms.
    static let closedFor: Int64 = RenewalSchedule.maxBackoff
    /// How soon another renewal may try after the one let through a closed gate got no word on the
    /// key (no answer, a 5xx, a throttle, a body cut short), in ms: a fault of the moment should not
    /// hold every agency back for another minute after the key came back.
    static let retryAfterNoWord: Int64 = 5_000

    /// Lets a renewal through at `now`, or throws the refusal that closed the gate. The first one
    /// through a gate that was closed keeps it closed for the others while it tries: true for it.
    @discardableResult
    func enter(now: Int64) throws(CredentialFailure) -> Bool {
        let (refusal, probing): (CredentialFailure?, Bool) = state.withLock { state in
            guard let until = state.closedUntil, let refusal = state.refusal else { return (nil, false) }
            if now < until { return (refusal, false) }
            state.closedUntil = now + Self.closedFor
            return (nil, true)
        }
        if let refusal { throw refusal }
        return probing
    }

    /// The renewal let through a closed gate got no word on the key at `now`: another may try
    /// `retryAfterNoWord` later, the others are held back until then.
    func probeGotNoWord(now: Int64) {
        state.withLock { state in
            guard state.refusal != nil, let until = state.closedUntil else { return }
            state.closedUntil = min(until, now + Self.retryAfterNoWord)
        }
    }

    /// The renewal that went through ended: a refusal closes the gate, anything else opens it
    /// and tells the waiters.
    func settle(refusal: CredentialFailure?, now: Int64) {
        let opened = state.withLock { state in
            let wasClosed = state.refusal != nil
            state.refusal = refusal
            state.closedUntil = refusal == nil ? nil : now + Self.closedFor
            return wasClosed && refusal == nil ? state.waiters : []
        }
        for waiter in opened { waiter() }
    }

    /// Calls `waiter` whenever the gate opens after a refusal.
    func onOpen(_ waiter: @escaping @Sendable () -> Void) {
        state.withLock { $0.waiters.append(waiter) }
    }
}
