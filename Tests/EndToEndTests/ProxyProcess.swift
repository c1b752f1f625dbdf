import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Debian's tinyproxy on a free loopback port, asking for Basic credentials, logging every CONNECT.
final class ProxyProcess {
    static let user = "alice"
    static let password = "proxy-pw-canary-7f3a"

    let port: Int
    let pid: pid_t
    let directory = Binary.scratchDirectory()
    var logPath: String { directory + "/tinyproxy.log" }

    init() throws {
        port = SimulatorProcess.freePort()
        let config = """
            Port \(port)
            Listen 127.0.0.1
            Timeout 30
            MaxClients 20
            LogFile "\(directory)/tinyproxy.log"
            LogLevel Connect
            BasicAuth \(Self.user) \(Self.password)
            """
        try config.write(toFile: directory + "/tinyproxy.conf", atomically: true, encoding: .utf8)
        pid = Spawn.start(["tinyproxy", "-d", "-c", directory + "/tinyproxy.conf"], outputPath: directory + "/tinyproxy.out")
        guard SimulatorProcess.waitForListener(port: port, timeout: 10) else {
            stop()
            throw E2EError("tinyproxy did not start: " + ((try? String(contentsOfFile: directory + "/tinyproxy.out", encoding: .utf8)) ?? ""))
        }
    }

    /// The proxy URL, with the right credentials, others, or none.
    func url(user: String? = ProxyProcess.user, password: String? = ProxyProcess.password) -> String {
        let credentials = user.map { $0 + (password.map { ":" + $0 } ?? "") + "@" } ?? ""
        return "http://\(credentials)127.0.0.1:\(port)"
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// The CONNECT requests the proxy received so far.
    var connects: [String] { log.split(separator: "\n").map(String.init).filter { $0.contains("CONNECT 127.0.0.1:") } }

    /// Ends it for certain (tinyproxy in the foreground may not heed SIGTERM).
    func stop() {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}
