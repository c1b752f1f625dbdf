import OMSCore

/// Readings of the config one at a time, whoever asks (SIGHUP, `POST /-/reload`, the reload key),
/// each answered when done: asked while one runs, it waits its turn.
final class ReloadQueue<Value: Sendable>: Sendable {
    /// How a reading went: what it gave, or why the config was refused.
    typealias Outcome = Result<Value, CommandFailure>

    private let sink: AsyncStream<CheckedContinuation<Outcome, Never>?>.Continuation
    private let worker: Task<Void, Never>

    /// Runs `reload` for each request; `done` sees each outcome first (stderr, the exporter's metrics).
    init(reload: @escaping @Sendable () async throws -> Value, done: @escaping @Sendable (Outcome) -> Void = { _ in }) {
        let (requests, sink) = AsyncStream.makeStream(of: CheckedContinuation<Outcome, Never>?.self)
        self.sink = sink
        worker = Task {
            for await reply in requests {
                let outcome: Outcome
                do {
                    outcome = .success(try await reload())
                } catch {
                    outcome = .failure(CommandFailure.from(error))
                }
                done(outcome)
                reply?.resume(returning: outcome)
            }
        }
    }

    /// Asks for a reading, not waiting for it.
    func ask() { sink.yield(nil) }

    /// Asks for a reading and waits for its outcome.
    func run() async -> Outcome {
        await withCheckedContinuation { reply in sink.yield(reply) }
    }

    /// Asks for a reading whenever SIGHUP comes, until `stopped` says so.
    func followHangUps(until stopped: @escaping @Sendable () -> Bool) -> Task<Void, Never> {
        ReloadSignal.install()
        return Task {
            while !stopped() && !Task.isCancelled {
                if ReloadSignal.taken() { ask() }
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
    }

    func stop() {
        sink.finish()
        worker.cancel()
    }
}

extension ReloadQueue where Value == Wording {
    /// The line a reload of `watch` or the exporter says: what changed, or why it was refused.
    static func line(_ outcome: Outcome) -> Wording {
        switch outcome {
        case .success(let changed): changed
        case .failure(let failure): Wording(.reloadRefused, parts: ["reason": failure.wording])
        }
    }

    /// A queue of `reload` that says each outcome on stderr, then tells `done`.
    static func saying(_ reload: @escaping @Sendable () async throws -> Wording, done: @escaping @Sendable (Outcome) -> Void = { _ in })
        -> ReloadQueue<Wording>
    {
        ReloadQueue(reload: reload) { outcome in
            Console.error("omsdash: \(line(outcome).text(FailureLanguage.current).escapingControlCharacters)")
            done(outcome)
        }
    }
}
