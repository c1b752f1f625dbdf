/// Words to show, kept as a message of the table and its values (names, a server's own words: what
/// reads the same in every language) and quantities (counts, shares, durations, instants), so that
/// each face words them in its own language and writes the instants in its own clock. JSON, hooks,
/// metrics and logs take them in English, in UTC.
public struct Wording: Sendable, Hashable {
    public let message: Message
    public let values: [String: String]
    /// Placeholders filled with other words, in the same language: an error's reason, say.
    public let parts: [String: Wording]
    /// Placeholders filled with quantities, written by the face; where one is an instant, `{zone}`
    /// names the clock's zone if the message wants it.
    public let quantities: [String: Quantity]

    public init(
        _ message: Message, _ values: [String: String] = [:], parts: [String: Wording] = [:], quantities: [String: Quantity] = [:]
    ) {
        self.message = message
        self.values = values
        self.parts = parts
        self.quantities = quantities
    }

    /// Text that is the same in every language: a system's reason, a detail quoted from input.
    public static func verbatim(_ text: String) -> Wording { Wording(.verbatim, ["text": text]) }

    /// The words in `language`, their instants written by `clock`.
    public func text(_ language: Language, clock: WordingClock = .utc) -> String {
        guard !parts.isEmpty || !quantities.isEmpty else { return language.text(message, values) }
        var filled = values.merging(parts.mapValues { $0.text(language, clock: clock) }) { value, _ in value }
        filled.merge(quantities.mapValues { $0.text(clock: clock) }) { value, _ in value }
        if quantities.values.contains(where: \.isInstant) { filled["zone"] = filled["zone"] ?? clock.zone }
        return language.text(message, filled)
    }

    /// The same words with the control characters of every value written out, for values quoted
    /// from outside (a server's message, a line of a file).
    public var escapingControlCharacters: Wording {
        Wording(message, values.mapValues(\.escapingControlCharacters), parts: parts.mapValues(\.escapingControlCharacters),
            quantities: quantities)
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
