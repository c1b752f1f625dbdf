import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif

/// `omsdash simulator` from the same build, in a process of its own on a free port.
struct SimulatorProcess {
    let child: ChildProcess
    let endpoint: String

    static func start() throws -> SimulatorProcess {
        let directory = CommandLine.arguments[0].split(separator: "/", omittingEmptySubsequences: false).dropLast()
            .joined(separator: "/")
        let child = ChildProcess.start([directory + "/omsdash", "simulator", "--port", "0"])
        for _ in 0..<200 {
            let banner = child.output
            if let range = banner.firstRange(of: "http://") {
                return SimulatorProcess(child: child, endpoint: String(banner[range.lowerBound...].prefix { !$0.isWhitespace }))
            }
            usleep(25_000)
        }
        child.stop()
        throw CocoaError(.fileReadUnknown)
    }

    func stop() { child.stop() }
}
