/// One editable text with a cursor, the same in every editor of the dashboard: the filter, the
/// start-keys prompt, the delete confirmation, the names to sync and the create form's text fields.
///
/// A printable key types itself at the cursor, and a paste (the terminal sends it as keys) types
/// each of its characters there in turn. Backspace erases before the cursor, Delete under it;
/// Left and Right move by a character, Ctrl-Left and Ctrl-Right by a word, Home and End to the
/// line's start and end; the keymap's text actions do that too (`cursor_start`, `cursor_end`),
/// erase the word before the cursor (`erase_word`) or the whole text (`clear_field`). Enter types a line break in a
/// field of several lines. Every other key is the editor's own (Enter, Tab, Up and Down, `leave`).
public struct TextField: Sendable, Equatable {
    /// What a key did to the field.
    public enum Response: Sendable, Equatable {
        /// The text changed.
        case edited
        /// Only the cursor moved.
        case moved
        /// The key is not the field's: the editor around it decides.
        case ignored
    }

    public private(set) var text: [Character]
    /// The cursor's place, in characters from the start: before `text[cursor]`, or at the end.
    public private(set) var cursor: Int
    /// The most characters the field takes; what goes past it is not typed.
    public let limit: Int?
    /// Whether the field shows dots rather than what was typed (keys and secrets).
    public let isSecret: Bool
    /// Whether Enter types a line break.
    public let isMultiline: Bool

    public init(_ value: String = "", limit: Int? = nil, secret: Bool = false, multiline: Bool = false) {
        self.limit = limit
        isSecret = secret
        isMultiline = multiline
        text = Array(limit.map { String(value.prefix($0)) } ?? value)
        cursor = text.count
    }

    /// The text typed so far.
    public var value: String { String(text) }

    public var isEmpty: Bool { text.isEmpty }

    /// Takes a key, given the action the keymap binds it to on the text screen.
    @discardableResult
    public mutating func handle(_ key: Key, action: KeyAction?) -> Response {
        switch action {
        case .clearField?: return replace(0..<text.count, with: "")
        case .eraseWord?: return replace(wordStart(before: cursor)..<cursor, with: "")
        case .cursorStart?: return move(to: lineStart(of: cursor))
        case .cursorEnd?: return move(to: lineEnd(of: cursor))
        default: break
        }
        switch key {
        case .character(let character): return insert(String(character))
        case .enter where isMultiline: return insert("\n")
        case .backspace: return cursor > 0 ? replace(cursor - 1..<cursor, with: "") : .ignored
        case .delete: return cursor < text.count ? replace(cursor..<cursor + 1, with: "") : .ignored
        case .left: return move(to: cursor - 1)
        case .right: return move(to: cursor + 1)
        case .home: return move(to: lineStart(of: cursor))
        case .end: return move(to: lineEnd(of: cursor))
        case .controlLeft: return move(to: wordStart(before: cursor))
        case .controlRight: return move(to: wordEnd(after: cursor))
        default: return .ignored
        }
    }

    /// Types `string` at the cursor, as much of it as the limit leaves room for.
    @discardableResult
    public mutating func insert(_ string: String) -> Response {
        replace(cursor..<cursor, with: string)
    }

    /// Puts the cursor at a place, in characters from the start (kept within the text).
    public mutating func moveCursor(to place: Int) { cursor = max(0, min(text.count, place)) }

    private mutating func replace(_ range: Range<Int>, with string: String) -> Response {
        var inserted = Array(string)
        if let limit { inserted = Array(inserted.prefix(max(0, limit - (text.count - range.count)))) }
        guard !(range.isEmpty && inserted.isEmpty) else { return .ignored }
        text.replaceSubrange(range, with: inserted)
        cursor = range.lowerBound + inserted.count
        return .edited
    }

    private mutating func move(to place: Int) -> Response {
        let place = max(0, min(text.count, place))
        guard place != cursor else { return .ignored }
        cursor = place
        return .moved
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        !(character.isWhitespace || character.isPunctuation || character.isSymbol) || character == "_"
    }

    /// The start of the word before `place`: past the separators, then past the word.
    private func wordStart(before place: Int) -> Int {
        var index = place
        while index > 0, !isWordCharacter(text[index - 1]) { index -= 1 }
        while index > 0, isWordCharacter(text[index - 1]) { index -= 1 }
        return index
    }

    /// The end of the word after `place`: past the separators, then past the word.
    private func wordEnd(after place: Int) -> Int {
        var index = place
        while index < text.count, !isWordCharacter(text[index]) { index += 1 }
        while index < text.count, isWordCharacter(text[index]) { index += 1 }
        return index
    }

    private func lineStart(of place: Int) -> Int {
        var index = place
        while index > 0, text[index - 1] != "\n" { index -= 1 }
        return index
    }

    private func lineEnd(of place: Int) -> Int {
        var index = place
        while index < text.count, text[index] != "\n" { index += 1 }
        return index
    }
}

extension TextField {
    /// The field's one line as drawn in `width` columns: the text (or a dot a character, for a
    /// secret) with the cursor's mark when `focused`, scrolled so that the cursor shows; a cut is
    /// marked with an ellipsis.
    func line(width: Int, focused: Bool, symbols: Symbols) -> String {
        let (cursorMark, cut) = (symbols.cursor, symbols.ellipsis)
        let characters = isSecret ? Array(repeating: Character(symbols.mask), count: text.count) : text
        let before = String(characters[..<cursor])
        let after = String(characters[cursor...])
        let mark = focused ? cursorMark : ""
        let whole = before + mark + after
        guard DisplayWidth.of(whole) > width, width > 2 else { return whole }
        // Keep the cursor in view: as much after it as fits, the rest of the room before it.
        let head = DisplayWidth.keepingEnd(before + mark, in: after.isEmpty ? width : width - 1, cut: cut)
        let room = width - DisplayWidth.of(head)
        return head + (DisplayWidth.of(after) > room ? DisplayWidth.keepingStart(after, in: room - 1) + cut : after)
    }

    /// The lines of a field of several lines, and the line and column (in characters) of its cursor.
    public var lines: (lines: [String], cursorLine: Int, cursorColumn: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        let before = text[..<cursor]
        let line = before.filter { $0 == "\n" }.count
        let column = before.count - (before.lastIndex(of: "\n").map { $0 + 1 } ?? 0)
        return (lines, line, column)
    }
}
