import ExporterCore
import FoundationEssentials
import OMSCore

/// `--web.config.file`, read and made ready to serve: its TLS context and its users' check.
struct WebConfigFile: Sendable {
    let config: WebConfig
    let tls: WebServerTLS?
    let authentication: BasicAuthentication

    /// No file: plain HTTP to anyone.
    static let none = WebConfigFile(config: WebConfig(), tls: nil, authentication: BasicAuthentication(users: [:]))

    private init(config: WebConfig, tls: WebServerTLS?, authentication: BasicAuthentication) {
        self.config = config
        self.tls = tls
        self.authentication = authentication
    }

    /// The file at `path`, or a one-line failure naming the path, the line and the fix.
    static func read(_ path: String) throws(CommandFailure) -> WebConfigFile {
        do throws(WebConfigProblem) {
            guard FileManager.default.fileExists(atPath: path) else { throw WebConfigProblem(line: nil, Wording(.webUnreadable, parts: ["reason": Wording(.reasonNoSuchFile)])) }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw WebConfigProblem(line: nil, Wording(.webUnreadable, parts: ["reason": Wording(.reasonPermission)]))
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw WebConfigProblem(line: nil, Wording(.webUnreadable, parts: ["reason": Wording(.jsonNotUTF8)]))
            }
            let config = try WebConfig.read(text)
            let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
            let tls = try config.tls.map { tls throws(WebConfigProblem) in try WebServerTLS(tls, folder: folder.isEmpty ? "/" : folder) }
            return WebConfigFile(config: config, tls: tls, authentication: BasicAuthentication(users: config.users))
        } catch {
            let reason = error.line.map { Wording(.webConfigLine, ["line": String($0)], parts: ["reason": error.reason]) } ?? error.reason
            throw .usage(Wording(.webConfigUnusable, ["path": path], parts: ["reason": reason]))
        }
    }
}
