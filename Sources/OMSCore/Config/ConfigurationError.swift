import OMSWords

/// A configuration that cannot be used, with a one-line message that names the file and the fix.
public enum ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: Wording)
    case syntax(path: String, line: Int?, column: Int?, reason: Wording)
    case invalidValue(path: String, field: String, reason: Wording)
    case unknownRegion(path: String, region: String)
    case missingCredentials(path: String, profile: String, reason: Wording)
    case unknownProfile(String, available: [String])
    /// `--org` names no organization of the config.
    case unknownOrganization(String, available: [String])
    case invalidEndpoint(String, reason: Wording)
    case missingEnvironment(name: String, field: String)
    /// A CA file (`ca_file` or `--ca-file`) that is missing, unreadable or holds no certificate.
    case unusableCAFile(path: String, source: String, reason: Wording)

    /// One line for a person, in English: what is wrong and where.
    public var message: String { message(in: .english) }

    /// One line for a person in `language`. Control characters quoted from the config or the
    /// command line are written out.
    public func message(in language: Language) -> String { wording.text(language).escapingControlCharacters }

    /// What is wrong and where, as words of the table.
    public var wording: Wording {
        switch self {
        case .unreadable(let path, let reason):
            Wording(.configUnreadable, ["path": path], parts: ["reason": reason])
        case .syntax(let path, let line, let column, let reason):
            Wording(.configSyntax, ["place": path + (line.map { ":\($0)" } ?? "") + (column.map { ":\($0)" } ?? "")], parts: ["reason": reason])
        case .invalidValue(let path, let field, let reason):
            Wording(.configInvalid, ["path": path, "field": field], parts: ["reason": reason])
        case .unknownRegion(let path, let region):
            Wording(.configUnknownRegion, [
                "path": path, "region": region, "regions": RegionTable.omsRegions.joined(separator: ", "),
            ])
        case .missingCredentials(let path, let profile, let reason):
            Wording(.configMissingCredentials, ["path": path, "profile": profile], parts: ["reason": reason])
        case .unknownProfile(let name, let available):
            Wording(.configUnknownProfile, ["name": name, "available": available.joined(separator: ", ")])
        case .unknownOrganization(let name, let available):
            Wording(.configUnknownOrganization, ["name": name, "available": available.isEmpty ? "none" : available.joined(separator: ", ")])
        case .invalidEndpoint(let endpoint, let reason):
            Wording(.configInvalidEndpoint, ["endpoint": endpoint], parts: ["reason": reason])
        case .missingEnvironment(let name, let field):
            Wording(.configMissingEnvironment, ["name": name, "field": field])
        case .unusableCAFile(let path, let source, let reason):
            Wording(.configUnusableCA, ["path": path, "source": source], parts: ["reason": reason])
        }
    }

    public var description: String { message }
}
