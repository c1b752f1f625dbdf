import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs programs with posix_spawn, output to a file (a daemon such as the tmux server may keep
/// inherited descriptors open, so waiting for a pipe's end would hang).
enum Spawn {
    struct Outcome {
        var status: Int32
        var output: String
    }

    /// Starts a program; returns its pid. Its output goes to `outputPath`.
    static func start(_ arguments: [String], environment: [String: String] = [:], outputPath: String) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        precondition(result == 0, "cannot start \(arguments[0]): \(result)")
        return pid
    }

    /// Runs a program to its end.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> Outcome {
        let path = NSTemporaryDirectory() + "omsdash-spawn-\(UUID().uuidString)"
        defer { unlink(path) }
        let pid = start(arguments, environment: environment, outputPath: path)
        let exitCode = wait(pid)
        let output = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return Outcome(status: exitCode, output: output)
    }

    /// Waits for a program started with `start` to end; returns its exit code (128 + the signal
    /// that killed it).
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
