/// A coding key for any string, used to find keys a config object does not know.
struct StrictKeys: CodingKey, ExpressibleByStringLiteral {
    let stringValue: String
    init(stringValue: String) { self.stringValue = stringValue }
    init(stringLiteral value: String) { stringValue = value }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }

    /// A keyed container that throws on any key outside `known` that does not start with "_".
    static func container(_ decoder: any Decoder, known: Set<String>) throws -> KeyedDecodingContainer<StrictKeys> {
        let container = try decoder.container(keyedBy: StrictKeys.self)
        try check(container, known: known)
        return container
    }

    /// Throws on any key of `container` outside `known` that does not start with "_".
    static func check(_ container: KeyedDecodingContainer<StrictKeys>, known: Set<String>) throws {
        for key in container.allKeys where !known.contains(key.stringValue) && !key.stringValue.hasPrefix("_") {
            let suggestion = known.min { EditDistance.between(key.stringValue, $0) < EditDistance.between(key.stringValue, $1) }
            let hint = suggestion.map { EditDistance.between(key.stringValue, $0) <= 3 ? " (did you mean \"\($0)\"?)" : "" } ?? ""
            throw DecodingError.dataCorrupted(.init(
                codingPath: container.codingPath + [key],
                debugDescription: "unknown field\(hint); known fields: \(known.sorted().joined(separator: ", "))"))
        }
    }
}
