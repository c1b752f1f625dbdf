import FoundationEssentials

/// The SDK's credentials file, `~/.huaweicloud/credentials` or `HUAWEICLOUD_SDK_CREDENTIALS_FILE`:
/// INI, read as Python's configparser reads it (`key = value` or `key: value`, `#` and `;`
/// comments, keys in any case), section `[basic]` with `ak`, `sk`, `security_token` and `project_id`.
public struct CredentialsFile: Sendable, Equatable {
    /// The `[basic]` section's values, keys in lower case.
    public var basic: [String: String]

    /// The variable naming the file, and where it is otherwise.
    public static let variable = "HUAWEICLOUD_SDK_CREDENTIALS_FILE"

    /// The file's path in `environment`.
    public static func path(in environment: [String: String]) -> String {
        if let path = environment[variable], !path.isEmpty { return path }
        let home = environment["HOME"] ?? ""
        return home + "/.huaweicloud/credentials"
    }

    /// Reads the file at `path`; nil when there is none.
    public static func read(path: String) -> CredentialsFile? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return CredentialsFile(parsing: String(decoding: data, as: UTF8.self))
    }

    /// Parses the text of such a file.
    public init(parsing text: String) {
        var section: String?
        var basic: [String: String] = [:]
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = raw.trimmed
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast()).trimmed
                continue
            }
            guard section == "basic", let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let key = line[..<separator].trimmed.lowercased()
            basic[key] = line[line.index(after: separator)...].trimmed
        }
        self.basic = basic
    }

    /// The `[basic]` keys: AK, SK and a security token, when both AK and SK are there.
    public var key: Credentials? {
        guard let ak = basic["ak"], !ak.isEmpty, let sk = basic["sk"], !sk.isEmpty else { return nil }
        let token = basic["security_token"].flatMap { $0.isEmpty ? nil : Secret($0) }
        return .accessKey(id: ak, secret: Secret(sk), securityToken: token)
    }

    /// The `[basic]` project id, if any.
    public var projectID: String? { basic["project_id"].flatMap { $0.isEmpty ? nil : $0 } }
}
