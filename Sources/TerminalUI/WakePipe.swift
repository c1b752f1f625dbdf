#if canImport(Glibc)
import Glibc
#endif

/// A pipe that wakes the terminal loop from another thread.
public final class WakePipe: Sendable {
    public let readFD: Int32
    /// The end signal handlers write to.
    public let writeFD: Int32

    public init() {
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        readFD = fds[0]
        writeFD = fds[1]
        _ = fcntl(readFD, F_SETFL, fcntl(readFD, F_GETFL) | O_NONBLOCK)
        _ = fcntl(writeFD, F_SETFL, fcntl(writeFD, F_GETFL) | O_NONBLOCK)
    }

    /// Wakes the waiting loop.
    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    /// Empties the pipe after a wake-up.
    public func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readFD, &buffer, 64) > 0 {}
    }

    deinit {
        close(readFD)
        close(writeFD)
    }
}
