import OMSCore

/// Which key does what on each screen: the defaults of `KeyAction.definition`, with the config's
/// `keys` over them. Built once at start, checked as it is built; `reduce` asks it what a key means.
public struct Keymap: Sendable, Equatable {
    /// Each action's keys, in the order they were given (the first is the one hints show).
    public private(set) var bindings: [KeyAction: [Key]]
    private var lookup: [KeyScreen: [Key: KeyAction]] = [:]

    /// The default keys (which cannot conflict: a test builds them).
    public static let standard = try! Keymap(overrides: [:])

    /// The keymap with `overrides` (action id to key names; `["none"]` or `[]` unbinds) over the
    /// defaults.
    public init(overrides: [String: [String]]) throws(KeymapError) {
        var bindings = Dictionary(uniqueKeysWithValues: KeyAction.allCases.map { ($0, $0.definition.keys) })
        for id in overrides.keys.sorted() {
            guard let action = KeyAction(rawValue: id) else { throw .unknownAction(id, suggestion: Self.nearestID(to: id)) }
            bindings[action] = try Self.keys(overrides[id] ?? [], for: action)
        }
        self.bindings = bindings
        try buildLookup()
    }

    /// This keymap with no keys for the actions that change tasks (`--readonly`).
    public func withoutTaskChanges() -> Keymap {
        var keymap = self
        for action in KeyAction.allCases where action.changesTasks {
            for screen in action.definition.screens {
                for key in keys(for: action) { keymap.lookup[screen]?[key] = nil }
            }
            keymap.bindings[action] = []
        }
        return keymap
    }

    /// The action a key means on a screen, if any.
    public func action(for key: Key, on screen: KeyScreen) -> KeyAction? { lookup[screen]?[key] }

    /// The keys of an action, empty when it is unbound.
    public func keys(for action: KeyAction) -> [Key] { bindings[action] ?? [] }

    /// The first key of an action as the screen shows it; the action's id when it has none.
    public func label(_ action: KeyAction, unicode: Bool) -> String {
        keys(for: action).first.map { KeyName.label($0, unicode: unicode) } ?? action.id
    }

    /// Whether the action has a key.
    public func isBound(_ action: KeyAction) -> Bool { !keys(for: action).isEmpty }

    private mutating func buildLookup() throws(KeymapError) {
        lookup = [:]
        for action in KeyAction.allCases {
            for screen in action.definition.screens {
                for key in keys(for: action) {
                    if let other = lookup[screen]?[key], other != action {
                        throw .conflict(KeyName.configName(key), other, action, screen: screen)
                    }
                    lookup[screen, default: [:]][key] = action
                }
            }
        }
    }

    /// The keys named for an action, each checked.
    private static func keys(_ names: [String], for action: KeyAction) throws(KeymapError) -> [Key] {
        if names == ["none"] { return [] }
        var keys: [Key] = []
        for name in names {
            switch KeyName.parse(name) {
            case .failure(let problem): throw .badKey(name, action, problem)
            case .success(let key):
                if action.definition.screens.contains(.text), Self.typesInText(key) {
                    throw .typesInText(name, action)
                }
                if !keys.contains(key) { keys.append(key) }
            }
        }
        return keys
    }

    /// Whether a key types or edits in the filter, the prompts and the form, so it cannot be bound there.
    static func typesInText(_ key: Key) -> Bool {
        switch key {
        case .character, .enter, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
            .controlLeft, .controlRight:
            true
        case .escape, .control, .function, .interrupt:
            false
        }
    }

    /// The known id closest to a misspelt one, when one is close enough to be meant.
    static func nearestID(to id: String) -> String? {
        let scored = KeyAction.allCases.map { ($0.id, EditDistance.between(id, $0.id)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, id.count / 3) else { return nil }
        return best.0
    }
}

/// A keymap the config asks for that cannot be: each case words one line naming the fix.
public enum KeymapError: Error, Equatable {
    case unknownAction(String, suggestion: String?)
    case badKey(String, KeyAction, KeyName.Problem)
    case typesInText(String, KeyAction)
    case conflict(String, KeyAction, KeyAction, screen: KeyScreen)

    /// The line in English.
    public var message: String { wording.english }

    /// The line as words of the table.
    public var wording: Wording {
        switch self {
        case .unknownAction(let id, let suggestion):
            suggestion.map { Wording(.keysUnknownActionSuggest, ["id": id, "suggestion": $0]) }
                ?? Wording(.keysUnknownAction, ["id": id])
        case .badKey(let name, let action, .unreadable):
            Wording(.keysBadName, ["action": action.id, "name": name, "names": KeyName.documentedNames])
        case .badKey(_, let action, .reservedInterrupt):
            Wording(.keysInterrupt, ["action": action.id])
        case .badKey(let name, let action, .arrivesAs(let other)):
            Wording(.keysArrivesAs, ["action": action.id, "name": name, "other": other])
        case .typesInText(let name, let action):
            Wording(.keysTypesInText, ["action": action.id, "name": name])
        case .conflict(let key, let first, let second, let screen):
            Wording(.keysConflict, ["key": key, "first": first.id, "second": second.id, "screen": screen.rawValue])
        }
    }
}
