/// What a key does to typed text, the same in every editor of the dashboard: the filter, the
/// credentials prompt, the delete confirmation, the sync-objects prompt and the form's fields.
/// A printable key types itself, Backspace erases the last character, and `clear_field` (Ctrl-U)
/// empties the text. Every other key is the editor's own: Enter, Tab, the arrows, `leave`.
public enum TextEdit: Sendable, Hashable {
    case type(Character)
    case erase
    case clear

    /// The edit `key` makes, given the action the keymap binds it to on the text screen; nil when
    /// it makes none.
    public init?(_ key: Key, action: KeyAction?) {
        if action == .clearField {
            self = .clear
            return
        }
        switch key {
        case .character(let character): self = .type(character)
        case .backspace: self = .erase
        default: return nil
        }
    }

    /// `text` after this edit; a character past `limit` characters is not typed.
    public func applied(to text: String, limit: Int? = nil) -> String {
        switch self {
        case .type(let character):
            if let limit, text.count >= limit { return text }
            return text + String(character)
        case .erase: return String(text.dropLast())
        case .clear: return ""
        }
    }
}
