import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `omsdash simulator` running in its own process on a free port, with a config file pointing at it.
final class SimulatorProcess {
    static let accessKey = "E2EAK000000000000001"
    static let secretKey = "e2e-secret-key-0000000000000000000000000"
    static let projectID = "e2e0project0id00000000000000000a"

    let port: Int
    let pid: pid_t
    let directory: String
    let configPath: String

    /// Starts the simulator with `extra` arguments, over HTTPS with `tls`; `config` adds top-level
    /// keys to the config file, `profile` keys to its one profile.
    init(
        extra: [String] = [], taskCredentials: Bool = false, config additions: [String: Any] = [:],
        profile profileAdditions: [String: Any] = [:], tls: TestCertificates? = nil
    ) throws {
        directory = Binary.scratchDirectory()
        port = Self.freePort()
        let serveTLS = tls.map { ["--tls-cert", $0.serverCertificate, "--tls-key", $0.serverKey] } ?? []
        pid = Spawn.start(
            [Binary.path, "simulator", "--port", String(port), "--seed", "11", "--ak", Self.accessKey, "--sk", Self.secretKey,
             "--project-id", Self.projectID] + serveTLS + extra,
            outputPath: directory + "/simulator.log")
        configPath = directory + "/config.json"
        let endpoint = "\(tls == nil ? "http" : "https")://127.0.0.1:\(port)"
        var profile: [String: Any] = [
            "name": "e2e", "region": "cn-north-4", "endpoint": endpoint, "obs_endpoint": endpoint,
            "project_id": Self.projectID, "ak": Self.accessKey, "sk": "env:E2E_SK",
        ]
        profile.merge(profileAdditions) { _, new in new }
        var config: [String: Any] = ["refresh_seconds": 1, "profiles": [profile]]
        config.merge(additions) { _, new in new }
        if taskCredentials {
            config["task_credentials"] = ["*": ["src_ak": "DEMOSRCAK00000000001", "src_sk": "demo-source-secret",
                                               "dst_ak": "DEMODSTAK00000000001", "dst_sk": "demo-destination-secret"]]
        }
        try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: configPath))
        chmod(configPath, 0o600)
        try waitUntilListening()
    }

    /// The API requests the simulator answered so far, one line each (needs `--log-requests`).
    func requestLog() -> [String] {
        let text = (try? String(contentsOfFile: directory + "/simulator.log", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { line in
            ["GET", "POST", "DELETE"].contains { line.hasPrefix("\($0) /v2/") }
        }
    }

    /// Environment for omsdash processes pointed at this simulator.
    var environment: [String: String] { ["E2E_SK": Self.secretKey, "LANG": "C.UTF-8", "NO_COLOR": ""] }

    /// Runs an omsdash command against the simulator.
    func omsdash(_ arguments: [String]) -> Spawn.Outcome {
        Spawn.run([Binary.path] + arguments + ["--config", configPath], environment: environment)
    }

    /// The status of a task on the server, asked with a separate process.
    func serverStatus(of taskID: String) throws -> String? {
        let outcome = omsdash(["show", taskID, "--format", "json"])
        guard outcome.status == 0 else { return nil }
        let object = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
        return object?["status"] as? String
    }

    /// The task ids on the server with their statuses.
    func serverTasks() throws -> [(id: String, status: String, description: String)] {
        let outcome = omsdash(["list", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
        return (object?["tasks"] as? [[String: Any]] ?? []).map {
            ($0["sync_task_id"] as? String ?? "", $0["status"] as? String ?? "", $0["description"] as? String ?? "")
        }
    }

    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    private func waitUntilListening() throws {
        guard Self.waitForListener(port: port) else {
            throw E2EError("the simulator did not start: " + ((try? String(contentsOfFile: directory + "/simulator.log", encoding: .utf8)) ?? ""))
        }
    }

    /// Waits until something accepts connections on the loopback port; false after `timeout` seconds.
    static func waitForListener(port: Int, timeout: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            close(fd)
            if connected == 0 { return true }
            usleep(50_000)
        }
        return false
    }

    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A failure of the test harness itself.
struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
