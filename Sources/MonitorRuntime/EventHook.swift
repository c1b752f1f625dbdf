import FoundationEssentials
import MonitorCore
import OMSCore

#if canImport(Glibc)
import Glibc
#endif

/// Runs the user's `alerts.command` once per event, in the background, with the event as JSON on
/// stdin, a 10-second limit, its output discarded, and an environment of harmless variables only
/// (no AK/SK, token or other secret can reach it). Reports how each run ended.
public struct EventHook: Sendable {
    /// How a run ended, when it did not end well.
    public enum Failure: Sendable, Equatable {
        case cannotStart(String)
        case exited(Int32)
        case killed(afterSeconds: Int)

        /// One line for the status bar or stderr, in the face's language.
        public var wording: Wording {
            switch self {
            case .cannotStart(let program): Wording(.hookCannotStart, ["program": program])
            case .exited(let code): Wording(.hookExited, ["status": String(code)])
            case .killed(let seconds): Wording(.hookKilled, ["seconds": String(seconds)])
            }
        }
    }

    public let argv: [String]
    public let timeLimitSeconds: Int

    /// The variables passed on: what notify-send, curl and shells need, nothing that may hold a secret.
    static let passedVariables = [
        "PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TERM", "DISPLAY", "WAYLAND_DISPLAY",
        "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "TMPDIR",
    ]

    public init(argv: [String], timeLimitSeconds: Int = 10) {
        self.argv = argv
        self.timeLimitSeconds = timeLimitSeconds
    }

    /// Starts the command for `event` and returns at once; `done` gets nil on success.
    public func run(_ event: AlertEvent, done: @escaping @Sendable (Failure?) -> Void) {
        let input = EventJSON.line(event) + "\n"
        let argv = self.argv, limit = timeLimitSeconds
        Task { done(await Self.runToEnd(argv: argv, input: input, limitSeconds: limit)) }
    }

    /// Starts the command and waits for it without blocking a thread: the few threads that run
    /// network tasks must never wait on a child.
    private static func runToEnd(argv: [String], input: String, limitSeconds: Int) async -> Failure? {
        guard let pid = spawn(argv: argv, input: input) else { return .cannotStart(argv[0]) }
        let deadline = WallClock.milliseconds + Int64(limitSeconds) * 1000
        var status: Int32 = 0
        var killed = false
        while waitpid(pid, &status, WNOHANG) == 0 {
            if !killed, WallClock.milliseconds >= deadline {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                killed = true
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
        if killed { return .killed(afterSeconds: limitSeconds) }
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        if exited && code == 0 { return nil }
        return .exited(exited ? code : 128 + status & 0x7f)
    }

    /// Starts the command in a process group of its own, `input` on its stdin; nil if it cannot start.
    private static func spawn(argv: [String], input: String) -> pid_t? {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { return nil }
        for descriptor in pipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let environment = ProcessInfo.processInfo.environment
        let variables = passedVariables.compactMap { name in environment[name].map { "\(name)=\($0)" } }
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = variables.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        // The input goes into the pipe before the command starts, so that it is there even if
        // omsdash is stopped the moment after.
        writeAll(input, to: pipe[1])
        var pid: pid_t = 0
        let started = posix_spawnp(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        close(pipe[0])
        close(pipe[1])
        return started == 0 ? pid : nil
    }

    /// Writes what the pipe takes; a command that does not read its input must not block omsdash.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
