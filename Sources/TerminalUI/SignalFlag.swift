#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Records SIGINT, SIGTERM, SIGHUP and SIGWINCH, and wakes the terminal loop through its pipe.
/// A signal may land on any thread, so the handlers only set atomics and write one byte, both
/// async-signal-safe.
enum SignalFlag {
    static let received = Atomic<Int32>(0)
    static let resized = Atomic<Bool>(false)
    static let wakeFD = Atomic<Int32>(-1)

    static func install(wakeFD fd: Int32) {
        wakeFD.store(fd, ordering: .relaxed)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                SignalFlag.received.store(number, ordering: .relaxed)
                SignalFlag.wake()
            }
            sigaction(number, &action, nil)
        }
        var resize = sigaction()
        resize.__sigaction_handler.sa_handler = { _ in
            SignalFlag.resized.store(true, ordering: .relaxed)
            SignalFlag.wake()
        }
        sigaction(SIGWINCH, &resize, nil)
        signal(SIGPIPE, SIG_IGN)
    }

    private static func wake() {
        var byte: UInt8 = 1
        let fd = wakeFD.load(ordering: .relaxed)
        if fd >= 0 { _ = write(fd, &byte, 1) }
    }

    /// The signal that asked to quit, if any.
    static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// Whether the window changed size since the last call.
    static func takeResize() -> Bool { resized.exchange(false, ordering: .relaxed) }
}
