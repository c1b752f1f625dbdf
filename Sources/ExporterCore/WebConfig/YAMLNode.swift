/// A value of a web config file, as `YAMLReader` reads it: a scalar, a list or a mapping, each
/// with the line it starts on, for messages.
public struct YAMLNode: Sendable, Equatable {
    /// What the node holds.
    public indirect enum Kind: Sendable, Equatable {
        /// A scalar's text; `quoted` when it was written in quotes (then never null, a boolean or a number).
        case scalar(String, quoted: Bool)
        case list([YAMLNode])
        /// Keys in the order written, each once.
        case mapping([YAMLPair])
        /// A key with nothing after it, `~` or `null`.
        case null
    }

    public var kind: Kind
    /// The line it starts on, from 1.
    public var line: Int

    public init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }
}

/// A key of a mapping, the line it is on, and its value.
public struct YAMLPair: Sendable, Equatable {
    public let key: String
    public let line: Int
    public let value: YAMLNode

    public init(_ key: String, line: Int, _ value: YAMLNode) {
        self.key = key
        self.line = line
        self.value = value
    }
}
