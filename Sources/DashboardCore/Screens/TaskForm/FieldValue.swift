/// What a form field holds.
public enum FieldValue: Sendable, Equatable {
    case text(String)
    case secret(SecretInput)
    case toggle(Bool)
    /// One of the field's options, as the API spells it ("" for none).
    case choice(String)

    /// Whether it is a key or a secret, shown as dots.
    public var isSecret: Bool {
        if case .secret = self { true } else { false }
    }

    /// The text of a text field or a choice; "" otherwise.
    public var text: String {
        switch self {
        case .text(let text), .choice(let text): text
        case .secret, .toggle: ""
        }
    }
}

/// A secret as the form has it: typed (a value, or "env:NAME" to read the environment) or the
/// config's `task_credentials` default, whose value the form never sees.
public enum SecretInput: Sendable, Equatable {
    case typed(String)
    case fromConfig

    /// The environment variable an "env:NAME" input names.
    public var environmentName: String? {
        guard case .typed(let text) = self, text.hasPrefix("env:") else { return nil }
        return String(text.dropFirst(4))
    }

    /// Whether nothing was typed and nothing comes from the config.
    public var isEmpty: Bool { self == .typed("") }
}
