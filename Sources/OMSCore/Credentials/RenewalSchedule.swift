/// When one temporary credential is renewed, as a pure value over a clock given in ms: renewal
/// falls due while the key still has life left, one renewal is in flight at a time, failures back
/// off with jitter, and a refusal of a key that should be valid brings one early renewal, at most
/// once a minute. `RenewingCredential` runs it; tests drive it with a virtual clock.
public struct RenewalSchedule: Sendable, Equatable {
    /// The key in use, if one was ever had.
    public private(set) var key: TemporaryKey?
    /// When `key` was had, in ms.
    public private(set) var obtainedAt: Int64?
    /// When the next renewal falls due while all goes well, in ms.
    public private(set) var dueAt: Int64?
    /// Whether a renewal is in flight: every request waits for that one rather than starting another.
    public private(set) var inFlight = false
    /// Failed renewals since the last good one.
    public private(set) var failures = 0
    /// Failures since the last good renewal or the last refusal: the doubling of the wait counts
    /// these, so that a fault on the first try after a refusal has ended costs a second, not the
    /// minute the refusals earned.
    private var transientFailures = 0
    /// Why the last renewal failed, while renewal is failing.
    public private(set) var lastFailure: CredentialFailure?
    /// The earliest next attempt after a failure, in ms.
    public private(set) var retryAt: Int64?
    /// When a refusal last brought an early renewal, in ms.
    public private(set) var lastEarlyRenewal: Int64?
    /// The key the service refused before its expiry: no request is signed with it again.
    public private(set) var refusedKey: String?
    /// Renewals that succeeded, the first key included.
    public private(set) var renewals = 0
    /// Renewals that failed, over the whole run.
    public private(set) var failuresTotal = 0

    /// No renewal falls due later than this before expiry, where the key's life allows.
    public static let latestBeforeExpiry: Int64 = 40 * 60_000
    /// A key is not used in its last seconds: a request signed then could arrive after expiry.
    public static let expiryMargin: Int64 = 5_000
    /// The first wait after a failed renewal, doubled after each failure in a row that was no
    /// refusal, up to `maxBackoff`.
    public static let firstBackoff: Int64 = 1_000
    /// The longest wait between attempts while renewal fails: one refresh plus this bounds recovery.
    public static let maxBackoff: Int64 = 60_000
    /// The shortest time between two early renewals brought by refusals.
    public static let earlyRenewalInterval: Int64 = 60_000

    public init() {}

    /// When a key had at `obtained` and expiring at `expires` falls due for renewal: when a third of
    /// its life remains, or 40 minutes before expiry where that is earlier and leaves it in use
    /// for a third of its life; `spread` (0..<1) moves it earlier by up to a tenth of its life, so
    /// that keys issued together are not renewed together.
    public static func due(obtained: Int64, expires: Int64, spread: Double) -> Int64 {
        let life = max(0, expires - obtained)
        let remaining = min(max(life / 3, latestBeforeExpiry), 2 * life / 3)
        return expires - remaining - Int64(Double(life) / 10 * min(max(spread, 0), 1))
    }

    /// What a request does at `now`.
    public enum Step: Sendable, Equatable {
        /// Sign with this key.
        case use(TemporaryKey)
        /// Start a renewal and wait for it: there is no usable key and no renewal in flight.
        case renew
        /// Wait for the renewal in flight.
        case wait
        /// No key can be had now: renewal failed and its next attempt is not due yet.
        case fail(CredentialFailure)
    }

    /// Whether the key in use can still sign a request at `now`: not about to expire, not refused.
    public func isUsable(at now: Int64) -> Bool {
        guard let key, key.accessKey != refusedKey else { return false }
        return key.expiresAt - Self.expiryMargin > now
    }

    /// What a request at `now` does; a `.renew` marks the renewal in flight.
    public mutating func request(now: Int64) -> Step {
        if let key, isUsable(at: now) { return .use(key) }
        if inFlight { return .wait }
        if let retryAt, now < retryAt, let lastFailure {
            return .fail(key == nil ? lastFailure : lastFailure.afterExpiry)
        }
        inFlight = true
        return .renew
    }

    /// When the renewal loop has something to do next, in ms; nil while a renewal is in flight.
    public var nextAttempt: Int64? {
        if inFlight { return nil }
        if failures > 0 { return retryAt }
        return dueAt
    }

    /// Marks a renewal in flight when one is due at `now`; true when the caller must start it.
    public mutating func startIfDue(now: Int64) -> Bool {
        guard let next = nextAttempt, now >= next else { return false }
        inFlight = true
        return true
    }

    /// A renewal brought `key` at `now`; `spread` (0..<1) places its next renewal.
    public mutating func succeeded(_ key: TemporaryKey, now: Int64, spread: Double) {
        self.key = key
        obtainedAt = now
        dueAt = Self.due(obtained: now, expires: key.expiresAt, spread: spread)
        inFlight = false
        failures = 0
        transientFailures = 0
        lastFailure = nil
        retryAt = nil
        renewals += 1
    }

    /// A renewal failed at `now`; `random` (0..<1) jitters the wait. A refusal waits the longest
    /// at once: nothing is sent until it may succeed. Other failures double their wait from
    /// `firstBackoff`, counting only those since the last refusal.
    public mutating func failed(_ failure: CredentialFailure, now: Int64, random: Double) {
        inFlight = false
        failures += 1
        failuresTotal += 1
        lastFailure = failure
        transientFailures = failure.isRefusal ? 0 : transientFailures + 1
        let doubled = Self.firstBackoff << Int64(min(max(transientFailures - 1, 0), 16))
        let wait = failure.isRefusal ? Self.maxBackoff : min(doubled, Self.maxBackoff)
        retryAt = now + Int64(Double(wait) * (0.5 + 0.5 * min(max(random, 0), 1)))
    }

    /// The service refused a request signed with `accessKey` at `now`, a key that should still be
    /// valid: renewal falls due now and requests wait for it, unless the key has changed since, a
    /// renewal is in flight, or the last early renewal was less than a minute ago. True when
    /// renewal was brought forward.
    public mutating func refused(accessKey: String, now: Int64) -> Bool {
        guard let key, key.accessKey == accessKey, !inFlight else { return false }
        if let last = lastEarlyRenewal, now - last < Self.earlyRenewalInterval { return false }
        lastEarlyRenewal = now
        refusedKey = accessKey
        dueAt = now
        if failures > 0 { retryAt = now }
        return true
    }

    /// What held renewal back has gone (the source's gate opened): a failing renewal tries again
    /// at `at` rather than after its whole wait.
    public mutating func retry(at: Int64) {
        guard failures > 0, !inFlight, let retryAt, at < retryAt else { return }
        self.retryAt = at
    }

    /// Whether renewal is failing now: the last attempt failed.
    public var isFailing: Bool { failures > 0 }

    /// Faults in a row (about 7 s of tries) after which failing renewal needs a person.
    public static let faultsBeforeAttention = 3

    /// Whether failing renewal needs a person at `now`: it was refused (only a person can mend
    /// that), it has left no key to sign with, or `faultsBeforeAttention` faults came in a row. One
    /// fault that the next try mends, while the key in use still works, raises nothing.
    public func needsAttention(at now: Int64) -> Bool {
        guard isFailing else { return false }
        return lastFailure?.isRefusal == true || !isUsable(at: now) || transientFailures >= Self.faultsBeforeAttention
    }
}
