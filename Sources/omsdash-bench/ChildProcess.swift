import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif

/// A program started with posix_spawn, its output collected in a file.
struct ChildProcess {
    let pid: pid_t
    let outputPath: String

    /// Starts `arguments[0]` with the rest as arguments.
    static func start(_ arguments: [String]) -> ChildProcess {
        let path = "/tmp/omsdash-bench-\(getpid())-\(arguments.count)-\(UInt32.random(in: 0...UInt32.max))"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        precondition(result == 0, "cannot start \(arguments[0])")
        return ChildProcess(pid: pid, outputPath: path)
    }

    /// What the program has written so far.
    var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

    /// Waits for the program to end; returns its output.
    func wait() -> String {
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        defer { unlink(outputPath) }
        return output
    }

    func stop() {
        kill(pid, SIGTERM)
        _ = wait()
    }
}

/// Numbers with a fixed count of decimals.
func fixed(_ value: Double, _ decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int64((abs(value) * scale).rounded())
    let whole = scaled / Int64(scale)
    let fraction = String(scaled % Int64(scale))
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard decimals > 0 else { return sign + String(whole) }
    return sign + String(whole) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
}
