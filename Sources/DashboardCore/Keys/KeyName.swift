/// Key names as the config writes them (`a`, `A`, `<c-x>`, `<f5>`, `<tab>`, `<enter>`, `<esc>`,
/// `<up>`…) and as the screen shows them (`a`, `Ctrl-X`, `F5`, `Tab`, `⏎`, `Esc`, `↑`).
public enum KeyName {
    /// The named keys: the config's name first, then the other spellings it accepts.
    static let named: [(names: [String], key: Key)] = [
        (["up"], .up), (["down"], .down), (["left"], .left), (["right"], .right),
        (["pgup", "pageup"], .pageUp), (["pgdown", "pgdn", "pagedown"], .pageDown), (["home"], .home), (["end"], .end),
        (["enter", "return", "cr"], .enter), (["esc", "escape"], .escape), (["bs", "backspace"], .backspace),
        (["tab"], .tab), (["s-tab", "backtab"], .backTab), (["space"], .character(" ")),
        (["del", "delete"], .delete), (["c-left"], .controlLeft), (["c-right"], .controlRight),
    ]

    /// The Ctrl keys a terminal sends as other keys, and the name of the key they arrive as.
    static let arriveAsOthers: [Character: String] = [
        "h": "<bs>", "i": "<tab>", "j": "<enter>", "m": "<enter>", "[": "<esc>",
    ]

    /// What is wrong with a key name.
    public enum Problem: Error, Equatable {
        /// Not a character nor a name of the list.
        case unreadable
        /// Ctrl-C quits, always.
        case reservedInterrupt
        /// A Ctrl key the terminal sends as another key (Ctrl-H as Backspace…): the name to use.
        case arrivesAs(String)
    }

    /// The key a name means.
    public static func parse(_ text: String) -> Result<Key, Problem> {
        if text.count == 1, let character = text.first {
            guard !character.isWhitespace || character == " ", !character.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 }) else {
                return .failure(.unreadable)
            }
            return .success(.character(character))
        }
        guard text.hasPrefix("<"), text.hasSuffix(">"), text.count > 2 else { return .failure(.unreadable) }
        let inner = text.dropFirst().dropLast().lowercased()
        if let entry = named.first(where: { $0.names.contains(inner) }) { return .success(entry.key) }
        if inner.hasPrefix("c-"), inner.count == 3, let letter = inner.last {
            if letter == "c" { return .failure(.reservedInterrupt) }
            if let other = arriveAsOthers[letter] { return .failure(.arrivesAs(other)) }
            guard letter.isASCII, letter.isLetter else { return .failure(.unreadable) }
            return .success(.control(letter))
        }
        if inner.hasPrefix("f"), let number = Int(inner.dropFirst()), (1...12).contains(number) {
            return .success(.function(number))
        }
        return .failure(.unreadable)
    }

    /// The name the config uses for a key.
    public static func configName(_ key: Key) -> String {
        switch key {
        case .character(" "): return "<space>"
        case .character(let character): return String(character)
        case .control(let letter): return "<c-\(letter)>"
        case .function(let number): return "<f\(number)>"
        case .interrupt: return "<c-c>"
        default: return "<\(named.first { $0.key == key }?.names.first ?? "?")>"
        }
    }

    /// How the screen shows a key; arrows and Enter as symbols where they can be drawn.
    public static func label(_ key: Key, unicode: Bool) -> String {
        switch key {
        case .up: unicode ? "↑" : "Up"
        case .down: unicode ? "↓" : "Down"
        case .left: unicode ? "←" : "Left"
        case .right: unicode ? "→" : "Right"
        case .enter: unicode ? "⏎" : "Enter"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .escape: "Esc"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .controlLeft: unicode ? "Ctrl-←" : "Ctrl-Left"
        case .controlRight: unicode ? "Ctrl-→" : "Ctrl-Right"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-\(letter.uppercased())"
        case .function(let number): "F\(number)"
        case .interrupt: "Ctrl-C"
        }
    }

    /// The names the config accepts, for the README and error messages.
    public static var documentedNames: String {
        "a character (a, A, /, é), " + named.map { "<\($0.names[0])>" }.joined(separator: " ") + " <f1>…<f12> <c-a>…<c-z>"
    }
}
