/// A string value the API documents as an enumeration, kept open so that a value the
/// documentation does not list (a new status, say) decodes and shows as it is.
///
/// Conforming types are structs with a `rawValue` and static members for the documented values.
public protocol OpenEnumeration: RawRepresentable, Codable, Hashable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String
{
    /// The values the API reference documents, in its order.
    static var documented: [Self] { get }
    init(rawValue: String)
}

extension OpenEnumeration {
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// Whether the API reference lists this value.
    public var isDocumented: Bool { Self.documented.contains(self) }
}
