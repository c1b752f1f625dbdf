import OMSCore

/// Key hints worded from the keymap, so that a remapped key shows as it is bound and an unbound
/// one not at all, in the state's language.
struct KeyHints {
    let keymap: Keymap
    let unicode: Bool
    let language: Language

    init(_ session: SessionSettings) {
        keymap = session.keymap
        unicode = session.unicode
        language = session.language
    }

    init(_ state: AppState) { self.init(state.session) }

    /// How a key of its own (one the keymap does not change) shows.
    func label(_ key: Key) -> String { KeyName.label(key, unicode: unicode) }

    /// The keys of an action as a hint shows them: the first, and Esc too when it is bound beside
    /// a printable key ("n/Esc"); nil when the action has no key.
    func keys(_ action: KeyAction) -> String? {
        let keys = keymap.keys(for: action)
        guard let first = keys.first else { return nil }
        let escape = first != .escape && keys.contains(.escape) ? "/" + label(.escape) : ""
        return label(first) + escape
    }

    /// "q quit": the action's keys and `word`, else its own hint word; nil when it has no key or word.
    func hint(_ action: KeyAction, _ word: String? = nil) -> String? {
        guard let keys = keys(action), let word = word ?? action.definition.hint.map({ language.text($0) }) else { return nil }
        return keys + " " + word
    }

    /// "y start": the action's keys and a message's words.
    func hint(_ action: KeyAction, _ word: Message) -> String? { hint(action, language.text(word)) }

    /// "↑↓ move", "+/- window": the first keys of two actions, then `word` or the first's hint word.
    func pair(_ first: KeyAction, _ second: KeyAction, _ word: Message? = nil) -> String? {
        let labels = [first, second].compactMap { keymap.keys(for: $0).first.map(label) }
        guard !labels.isEmpty, let word = word ?? first.definition.hint ?? second.definition.hint else { return nil }
        let words = language.text(word)
        let arrows = labels.allSatisfy { $0.count == 1 && !$0.first!.isASCII }
        return labels.joined(separator: arrows ? "" : "/") + " " + words
    }
}
