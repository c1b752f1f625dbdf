import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// SIGHUP turned into a count a loop takes, so that `watch` and the exporter read their config
/// again on it, as daemons and Prometheus's exporters do, instead of dying.
enum ReloadSignal {
    private static let raised = Atomic<Int>(0)

    /// Catches SIGHUP from now on.
    static func install() {
        signal(SIGHUP) { _ in ReloadSignal.raised.add(1, ordering: .relaxed) }
    }

    /// Whether SIGHUP came since the last call (several in a row ask for one reload).
    static func taken() -> Bool { raised.exchange(0, ordering: .relaxed) > 0 }
}
