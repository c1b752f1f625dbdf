#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Records SIGINT, SIGTERM and SIGHUP so the loop can quit and restore the terminal; the handler
/// only sets an atomic flag.
enum SignalFlag {
    static let received = Atomic<Int32>(0)

    static func install() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in SignalFlag.received.store(number, ordering: .relaxed) }
            sigaction(number, &action, nil)
        }
        signal(SIGPIPE, SIG_IGN)
    }

    /// The signal that asked to quit, if any.
    static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
