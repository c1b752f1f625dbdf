import FoundationEssentials
import OMSWords
import Synchronization

/// Runs a `RenewalSchedule` on the wall clock: a loop renews the key when it falls due, requests
/// use the key in hand meanwhile, one renewal at a time is in flight and every request that needs
/// it waits for that one. The key lives in memory only.
final class RenewingCredential: Sendable {
    /// Fetches a new key: one call to IAM or the metadata service.
    typealias Fetch = @Sendable () async throws -> TemporaryKey

    private struct State {
        var schedule = RenewalSchedule()
        var renewal: Task<TemporaryKey, any Error>?
        var loop: Task<Void, Never>?
        var loopStarted = false
        var sleeper: Task<Void, Never>?
        var stopped = false
    }

    private let fetch: Fetch
    private let state = Mutex(State())
    /// Told after every change of state that `watch` and the dashboard may show.
    private let changed: @Sendable () -> Void

    init(fetch: @escaping Fetch, changed: @escaping @Sendable () -> Void = {}) {
        self.fetch = fetch
        self.changed = changed
    }

    /// The wall clock in ms since 1970, as the schedule and the source gate take it.
    static var now: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// The key to sign with now, renewing it first when none is usable.
    func current() async throws -> TemporaryKey {
        let step = state.withLock { $0.schedule.request(now: Self.now) }
        switch step {
        case .use(let key):
            startLoop()
            return key
        case .renew:
            startLoop()
            return try await startRenewal().value
        case .wait:
            guard let renewal = state.withLock({ $0.renewal }) else { return try await current() }
            return try await renewal.value
        case .fail(let failure):
            throw OMSError.credentials(failure)
        }
    }

    /// A request signed with `accessKey` was refused: brings renewal forward, at most once a minute.
    func refused(accessKey: String) -> Bool {
        let early = state.withLock { $0.schedule.refused(accessKey: accessKey, now: Self.now) }
        if early { wake() }
        return early
    }

    /// Tries a failing renewal again within `spreadMilliseconds` (at random, so that the many
    /// agencies of one source do not all ask at once).
    func retrySoon(spreadMilliseconds: Int64) {
        let at = Self.now + Int64.random(in: 0...max(0, spreadMilliseconds))
        state.withLock { $0.schedule.retry(at: at) }
        wake()
    }

    /// The credential's status, named by `source`.
    func status(source: String) -> CredentialStatus {
        state.withLock { state in
            let schedule = state.schedule
            return CredentialStatus(
                source: source, isTemporary: true, key: schedule.key.map { Credentials.shortened($0.accessKey) },
                expiresAt: schedule.key?.expiresAt, renewals: schedule.renewals, renewalFailures: schedule.failuresTotal,
                failing: schedule.isFailing ? schedule.lastFailure?.wording : nil, needsAttention: schedule.needsAttention(at: Self.now))
        }
    }

    /// Stops the loop; a renewal in flight finishes.
    func stop() {
        let (loop, sleeper) = state.withLock { state in
            state.stopped = true
            return (state.loop, state.sleeper)
        }
        loop?.cancel()
        sleeper?.cancel()
    }

    /// The renewal in flight, started now; the schedule has marked it.
    private func startRenewal() -> Task<TemporaryKey, any Error> {
        let task = Task { [fetch] in
            do {
                let key = try await fetch()
                state.withLock { state in
                    state.schedule.succeeded(key, now: Self.now, spread: Double.random(in: 0..<1))
                    state.renewal = nil
                }
                changed()
                wake()
                return key
            } catch {
                let failure = (error as? CredentialFailure)
                    ?? CredentialFailure(Wording(.credentialIAMFailed, parts: ["reason": Self.wording(of: error)]))
                state.withLock { state in
                    state.schedule.failed(failure, now: Self.now, random: Double.random(in: 0..<1))
                    state.renewal = nil
                }
                changed()
                wake()
                throw OMSError.credentials(failure)
            }
        }
        state.withLock { $0.renewal = task }
        return task
    }

    private static func wording(of error: any Error) -> Wording {
        if let error = error as? OMSError { return error.wording }
        if let error = error as? ConfigurationError { return error.wording }
        return .verbatim("\(error)")
    }

    /// Starts the loop that renews keys as they fall due, once.
    private func startLoop() {
        let start = state.withLock { state in
            guard !state.loopStarted, !state.stopped else { return false }
            state.loopStarted = true
            return true
        }
        guard start else { return }
        let loop = Task {
            while !Task.isCancelled {
                await sleepUntilDue()
                if Task.isCancelled { return }
                let due = state.withLock { $0.schedule.startIfDue(now: Self.now) }
                if due { _ = try? await startRenewal().value }
            }
        }
        state.withLock { $0.loop = loop }
    }

    /// Sleeps until the next attempt falls due, or until woken by a change.
    private func sleepUntilDue() async {
        let sleeper = state.withLock { state -> Task<Void, Never>? in
            guard !state.stopped else { return nil }
            let wait = state.schedule.nextAttempt.map { max(0, $0 - Self.now) } ?? 3_600_000
            let task = Task<Void, Never> { _ = try? await Task.sleep(for: .milliseconds(wait)) }
            state.sleeper = task
            return task
        }
        await sleeper?.value
    }

    /// Wakes the loop to look at the schedule again.
    private func wake() { state.withLock { $0.sleeper }?.cancel() }
}
