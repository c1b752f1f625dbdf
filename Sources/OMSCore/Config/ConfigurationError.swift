/// A configuration that cannot be used, with a one-line message that names the file and the fix.
public enum ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case syntax(path: String, line: Int?, column: Int?, reason: String)
    case invalidValue(path: String, field: String, reason: String)
    case unknownRegion(path: String, region: String)
    case missingCredentials(path: String, profile: String, reason: String)
    case unknownProfile(String, available: [String])
    case invalidEndpoint(String, reason: String)
    case missingEnvironment(name: String, field: String)
    /// A CA file (`ca_file` or `--ca-file`) that is missing, unreadable or holds no certificate.
    case unusableCAFile(path: String, source: String, reason: String)

    /// One line for a person: what is wrong and where. Control characters quoted from the config or
    /// the command line are written out.
    public var message: String { unescapedMessage.escapingControlCharacters }

    private var unescapedMessage: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read the config file (\(reason))"
        case .syntax(let path, let line, let column, let reason):
            "\(path)" + (line.map { ":\($0)" } ?? "") + (column.map { ":\($0)" } ?? "")
                + ": invalid JSON (\(reason))"
        case .invalidValue(let path, let field, let reason):
            "\(path): \(field): \(reason)"
        case .unknownRegion(let path, let region):
            "\(path): unknown region \"\(region)\": use one of \(RegionTable.omsRegions.joined(separator: ", ")) or set an endpoint"
        case .missingCredentials(let path, let profile, let reason):
            "\(path): profile \"\(profile)\": \(reason): set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or ak and sk in the config file"
        case .unknownProfile(let name, let available):
            "no profile \"\(name)\" in the config: use one of \(available.joined(separator: ", "))"
        case .invalidEndpoint(let endpoint, let reason):
            "invalid endpoint \"\(endpoint)\": \(reason)"
        case .missingEnvironment(let name, let field):
            "\(field) refers to the environment variable \(name), which is not set: export it or change the config"
        case .unusableCAFile(let path, let source, let reason):
            "\(source): cannot use the CA file \(path) (\(reason)): point it at a PEM bundle of your company's CA"
        }
    }

    public var description: String { message }
}
