import Foundation

/// A program running in a tmux session on a private server socket: keys in, screen out.
final class TmuxSession {
    let socket = "omsdash-e2e-\(UUID().uuidString.prefix(8))"
    let directory = Binary.scratchDirectory()
    var exitFile: String { directory + "/exit" }
    var sttyFile: String { directory + "/stty" }
    var inputModeFile: String { directory + "/input-mode" }

    /// Starts `command` in a `width`×`height` window; when it ends, its exit code, the terminal
    /// settings (`stty -a`) and whether reading the terminal blocks again are written to files.
    init(_ command: [String], environment: [String: String] = [:], width: Int = 140, height: Int = 36) throws {
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let inputMode = "import fcntl, os; print('nonblocking' if fcntl.fcntl(0, fcntl.F_GETFL) & os.O_NONBLOCK else 'blocking')"
        let script = "\(quoted); code=$?; stty -a > \(sttyFile); python3 -c \"\(inputMode)\" > \(inputModeFile); "
            + "echo $code > \(exitFile); sleep 600"
        var arguments = ["tmux", "-L", socket, "new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height),
                         "-e", "LANG=C.UTF-8", "-e", "TERM=xterm-256color"]
        for (key, value) in environment { arguments += ["-e", "\(key)=\(value)"] }
        arguments += ["sh", "-c", script]
        let outcome = Spawn.run(arguments)
        guard outcome.status == 0 else { throw E2EError("tmux did not start: \(outcome.output)") }
        serverPID = Int32(Spawn.run(["tmux", "-L", socket, "display-message", "-p", "-t", "main", "#{pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines))
        panePID = Int32(Spawn.run(["tmux", "-L", socket, "display-message", "-p", "-t", "main", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The tmux server's pid, and the pid (and process group) of the pane's shell.
    private(set) var serverPID: Int32?
    private(set) var panePID: Int32?

    func send(_ keys: String...) {
        Spawn.run(["tmux", "-L", socket, "send-keys", "-t", "main"] + keys)
    }

    /// Sends text literally, character by character.
    func type(_ text: String) {
        Spawn.run(["tmux", "-L", socket, "send-keys", "-t", "main", "-l", text])
    }

    /// Whether the program asked the terminal for mouse reports.
    var mouseReporting: Bool {
        Spawn.run(["tmux", "-L", socket, "display-message", "-p", "-t", "main", "#{mouse_standard_flag}#{mouse_any_flag}"])
            .output.contains("1")
    }

    /// A press and release of the left button at a cell (0-based), as a terminal reports it: two
    /// writes, or one when `together` (as a busy program or a slow link reads them).
    func click(x: Int, y: Int, together: Bool = false) {
        let press = mouseReport(button: 0, x: x, y: y), release = mouseReport(button: 0, x: x, y: y, release: true)
        if together {
            type(press + release)
        } else {
            type(press)
            type(release)
        }
    }

    /// `notches` of the wheel at a cell (0-based), in one write.
    func wheel(down: Bool, x: Int, y: Int, notches: Int = 1) {
        type(String(repeating: mouseReport(button: down ? 65 : 64, x: x, y: y), count: notches))
    }

    /// A mouse report in the encoding the program asked for, as tmux writes one for a real mouse:
    /// SGR (`ESC [ < b ; x ; y M`) when it asked for that, else the classic `ESC [ M` with three bytes.
    private func mouseReport(button: Int, x: Int, y: Int, release: Bool = false) -> String {
        let sgr = Spawn.run(["tmux", "-L", socket, "display-message", "-p", "-t", "main", "#{mouse_sgr_flag}"]).output
            .contains("1")
        return sgr
            ? "\u{1B}[<\(button);\(x + 1);\(y + 1)\(release ? "m" : "M")"
            : "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + (release ? 3 : button)))) + String(UnicodeScalar(UInt8(33 + x)))
                + String(UnicodeScalar(UInt8(33 + y)))
    }

    var screen: String { Spawn.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", "main"]).output }

    /// The screen with its colours and attributes as escape sequences.
    var styledScreen: String { Spawn.run(["tmux", "-L", socket, "capture-pane", "-p", "-e", "-t", "main"]).output }

    /// The task id in the dashboard's detail pane title line of a screen.
    static func detailTitle(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.hasPrefix("─ ") }?.split(separator: " ").dropFirst().first.map(String.init)
    }

    func resize(width: Int, height: Int) {
        Spawn.run(["tmux", "-L", socket, "resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// The pid of the program in the pane's shell.
    var programPID: Int32? {
        guard let shell = panePID else { return nil }
        let children = Spawn.run(["pgrep", "-P", String(shell)]).output.split(separator: "\n").compactMap { Int32($0) }
        return children.first { pid in
            (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.hasPrefix("omsdash") == true
        }
    }

    /// Waits until the screen satisfies `condition`; returns the last screen either way.
    @discardableResult
    func waitFor(timeout: Double = 15, _ condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = screen
        while Date() < deadline {
            if condition(last) { return last }
            usleep(100_000)
            last = screen
        }
        return last
    }

    func waitFor(_ text: String, timeout: Double = 15) -> Bool {
        waitFor(timeout: timeout) { $0.contains(text) }.contains(text)
    }

    /// The exit code of the program, once it has ended.
    func exitCode(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: exitFile, encoding: .utf8), let code = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                usleep(200_000)
                return code
            }
            usleep(100_000)
        }
        return nil
    }

    /// "blocking" when the program gave the terminal's input back as the shell expects it.
    var inputModeAfterExit: String {
        ((try? String(contentsOfFile: inputModeFile, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The terminal settings after the program ended.
    var sttyAfterExit: String { (try? String(contentsOfFile: sttyFile, encoding: .utf8)) ?? "" }

    /// Ends the session for certain: kill-server, then the server and the pane's process group.
    func close() {
        Spawn.run(["tmux", "-L", socket, "kill-server"])
        if let serverPID { kill(serverPID, SIGKILL) }
        if let panePID { kill(-panePID, SIGKILL) }
    }

    /// Makes the terminal vanish as a dropped ssh connection does: the tmux server dies at once.
    func vanish() {
        if let serverPID { kill(serverPID, SIGKILL) }
    }
}
