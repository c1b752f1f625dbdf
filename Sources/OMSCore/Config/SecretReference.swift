/// A secret as written in the config: the value itself, or "env:NAME" to read it from the environment.
public struct SecretReference: Decodable, Sendable, Hashable, CustomStringConvertible {
    private let written: String

    public init(_ written: String) { self.written = written }

    public init(from decoder: any Decoder) throws {
        written = try decoder.singleValueContainer().decode(String.self)
    }

    /// The environment variable named by an "env:NAME" reference.
    public var environmentName: String? {
        written.hasPrefix("env:") ? String(written.dropFirst(4)) : nil
    }

    /// Whether the secret is written in the file itself.
    public var isLiteral: Bool { environmentName == nil }

    /// The secret's value, reading the environment for "env:NAME"; `field` names it in errors.
    public func resolve(in environment: [String: String], field: String) throws(ConfigurationError) -> Secret {
        guard let name = environmentName else { return Secret(written) }
        guard let value = environment[name], !value.isEmpty else {
            throw .missingEnvironment(name: name, field: field)
        }
        return Secret(value)
    }

    public var description: String { environmentName.map { "env:\($0)" } ?? "<redacted>" }
}
