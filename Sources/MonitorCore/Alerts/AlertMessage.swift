import OMSCore

/// What an alert event says, kept as a message of the table and its values (numbers, times and
/// names already written, which read the same in every language), so that each face words it in
/// its own language. JSON, hooks and metrics take it in English.
public struct AlertMessage: Sendable, Equatable {
    public let message: Message
    public let values: [String: String]

    public init(_ message: Message, _ values: [String: String] = [:]) {
        self.message = message
        self.values = values
    }

    /// The words in `language`.
    public func text(_ language: Language) -> String { language.text(message, values) }

    /// The words in English, as programs read them.
    public var english: String { text(.english) }
}
