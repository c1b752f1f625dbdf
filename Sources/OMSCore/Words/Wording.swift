/// Words to show, kept as a message of the table and its values (numbers, names, times, a server's
/// own words: what reads the same in every language), so that each face words them in its own
/// language. JSON, hooks, metrics and logs take them in English.
public struct Wording: Sendable, Hashable {
    public let message: Message
    public let values: [String: String]
    /// Placeholders filled with other words, in the same language: an error's reason, say.
    public let parts: [String: Wording]

    public init(_ message: Message, _ values: [String: String] = [:], parts: [String: Wording] = [:]) {
        self.message = message
        self.values = values
        self.parts = parts
    }

    /// Text that is the same in every language: a system's reason, a detail quoted from input.
    public static func verbatim(_ text: String) -> Wording { Wording(.verbatim, ["text": text]) }

    /// The words in `language`.
    public func text(_ language: Language) -> String {
        guard !parts.isEmpty else { return language.text(message, values) }
        return language.text(message, values.merging(parts.mapValues { $0.text(language) }) { value, _ in value })
    }

    /// The same words with the control characters of every value written out, for values quoted
    /// from outside (a server's message, a line of a file).
    public var escapingControlCharacters: Wording {
        Wording(message, values.mapValues(\.escapingControlCharacters), parts: parts.mapValues(\.escapingControlCharacters))
    }

    /// These words, or the first of their parts (depth first) that are `message`.
    public func find(_ message: Message) -> Wording? {
        if self.message == message { return self }
        for key in parts.keys.sorted() {
            if let found = parts[key]!.find(message) { return found }
        }
        return nil
    }

    /// The words in English, as programs read them.
    public var english: String { text(.english) }
}
