import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// SIGINT and SIGTERM turned into a flag a loop checks, so that it ends cleanly instead of dying.
enum StopSignals {
    private static let raised = Atomic<Bool>(false)

    /// Catches SIGINT and SIGTERM from now on.
    static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number) { _ in StopSignals.raised.store(true, ordering: .relaxed) }
        }
    }

    /// Whether a stop was asked for.
    static var isRaised: Bool { raised.load(ordering: .relaxed) }
}
