import FoundationEssentials

/// JSON as the API writes it: snake_case names, milliseconds, pretty-printed with sorted keys.
enum JSONOutput {
    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self).escapingTerminalControlsInJSON
    }
}
