import NIOCore
import NIOPosix
import Synchronization

/// Runs the exporter's bcrypt checks on two threads of their own, never on the event loop, and
/// refuses more than a few dozen waiting: a flood of wrong passwords costs at most a bcrypt check
/// each, on two cores, and never holds the metrics of a scraper whose password is known good.
final class PasswordChecks: Sendable {
    private let pool = NIOThreadPool(numberOfThreads: 2)
    private let waiting = Atomic<Int>(0)

    /// Checks waiting or running beyond which a request is answered 503 at once.
    static let mostWaiting = 32

    init() {
        pool.start()
    }

    /// `check`'s answer on `eventLoop`; nil when too many are waiting.
    func run(on eventLoop: any EventLoop, _ check: @escaping @Sendable () -> Bool) -> EventLoopFuture<Bool?> {
        guard waiting.add(1, ordering: .relaxed).newValue <= Self.mostWaiting else {
            waiting.subtract(1, ordering: .relaxed)
            return eventLoop.makeSucceededFuture(nil)
        }
        return pool.runIfActive(eventLoop: eventLoop) { [self] in
            defer { self.waiting.subtract(1, ordering: .relaxed) }
            return check()
        }.map { Optional($0) }
    }

    func stop() async {
        try? await pool.shutdownGracefully()
    }
}
