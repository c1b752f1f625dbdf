import Foundation

/// `omsdash simulator` from the same build, in a process of its own on a free port.
struct SimulatorProcess {
    let process: Process
    let endpoint: String

    static func start() throws -> SimulatorProcess {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("omsdash")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["simulator", "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let banner = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard let range = banner.range(of: "http://") else {
            process.terminate()
            throw CocoaError(.fileReadUnknown)
        }
        let endpoint = String(banner[range.lowerBound...].prefix { !$0.isWhitespace })
        return SimulatorProcess(process: process, endpoint: endpoint)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
