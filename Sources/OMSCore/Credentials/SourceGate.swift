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

    /// Lets a renewal through at `now`, or throws the refusal that closed the gate. The first one
    /// through a gate that was closed keeps it closed for the others while it tries.
    func enter(now: Int64) throws(CredentialFailure) {
        let refusal: CredentialFailure? = state.withLock { state in
            guard let until = state.closedUntil, let refusal = state.refusal else { return nil }
            if now < until { return refusal }
            state.closedUntil = now + Self.closedFor
            return nil
        }
        if let refusal { throw refusal }
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
