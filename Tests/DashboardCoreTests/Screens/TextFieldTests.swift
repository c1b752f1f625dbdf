import Testing

@testable import DashboardCore

@Suite("Typing: one TextField for the filter, the start-keys prompt, the delete confirmation, the names prompt and the form")
struct TextFieldTests {
    /// The field after keys, each with the action the standard keymap binds it to on the text screen.
    static func typed(_ keys: [Key], into field: TextField = TextField()) -> TextField {
        var field = field
        for key in keys { field.handle(key, action: Keymap.standard.action(for: key, on: .text)) }
        return field
    }

    @Test("a printable key types at the cursor, Backspace erases before it (a whole 猫 or 👍🏽) and Delete under it")
    func typesAtTheCursor() {
        #expect(Self.typed("ab猫".map(Key.character)).value == "ab猫")
        #expect(Self.typed([.backspace], into: TextField("ab猫")).value == "ab")
        #expect(Self.typed([.backspace], into: TextField("a👍🏽")).value == "a")
        #expect(Self.typed([.backspace, .delete], into: TextField("")).value == "")
        let middle = Self.typed([.left, .left, .character("X")], into: TextField("abcd"))
        #expect(middle.value == "abXcd" && middle.cursor == 3)
        #expect(Self.typed([.home, .delete], into: TextField("abcd")).value == "bcd")
        #expect(Self.typed([.home, .end, .backspace], into: TextField("abcd")).value == "abc")
    }

    @Test("Ctrl-Left and Ctrl-Right move by a word, Ctrl-A and Ctrl-E to the ends, Ctrl-W erases a word, Ctrl-U all")
    func movesAndErases() {
        let text = TextField("logs-prod media 迁移")
        #expect(Self.typed([.controlLeft], into: text).cursor == 16)
        #expect(Self.typed([.controlLeft, .controlLeft, .controlLeft], into: text).cursor == 5)
        #expect(Self.typed([.control("a"), .controlRight], into: text).cursor == 4)
        #expect(Self.typed([.control("a"), .control("e")], into: text).cursor == 18)
        #expect(Self.typed([.control("w")], into: text).value == "logs-prod media ")
        #expect(Self.typed([.control("w"), .control("w")], into: text).value == "logs-prod ")
        #expect(Self.typed([.left, .control("u")], into: text).value == "")
        var remapped = TextField("abc")
        remapped.handle(.character("k"), action: .clearField)
        #expect(remapped.isEmpty, "a remapped clear_field wins over typing")
    }

    @Test("keys that are the editor's are left to it; a limit stops typing, a paste types as far as it allows")
    func editorKeysAndLimits() {
        var field = TextField("ab")
        for key: Key in [.enter, .tab, .backTab, .up, .down, .escape, .control("s"), .function(1)] {
            #expect(field.handle(key, action: nil) == .ignored, "\(key)")
        }
        #expect(Self.typed("abcde".map(Key.character), into: TextField(limit: 4)).value == "abcd")
        var limited = TextField("ab", limit: 4)
        limited.insert("xyz")
        #expect(limited.value == "abxy")
        #expect(Self.typed([.enter], into: TextField("a", multiline: true)).value == "a\n")
        var pasted = TextField("a,c", multiline: true)
        pasted.moveCursor(to: 2)
        pasted.insert("b\nb2,")
        #expect(pasted.value == "a,b\nb2,c" && pasted.lines.cursorLine == 1 && pasted.lines.cursorColumn == 3)
    }

    @Test("a line too long for its width keeps the cursor in view, and a secret shows only dots")
    func drawnLine() {
        let symbols = Symbols(unicode: true)
        var field = TextField("abcdefghij")
        #expect(field.line(width: 20, focused: true, symbols: symbols) == "abcdefghij▏")
        #expect(field.line(width: 6, focused: true, symbols: symbols) == "…ghij▏")
        field.moveCursor(to: 0)
        #expect(field.line(width: 6, focused: true, symbols: symbols) == "▏abcd…")
        field.moveCursor(to: 5)
        #expect(DisplayWidth.of(field.line(width: 6, focused: true, symbols: symbols)) <= 6)
        #expect(field.line(width: 6, focused: true, symbols: symbols).contains("▏"))
        #expect(TextField("secret", secret: true).line(width: 20, focused: false, symbols: symbols) == "••••••")
    }

    /// Types, erases and clears the same way into whatever is being edited.
    static let keys: [Key] = [
        .character("a"), .character("b"), .backspace, .control("u"), .character("x"), .character("猫"),
        .character("y"), .backspace, .left, .character("z"), .controlRight, .character("!"),
    ]

    @Test("the same keys leave the same text in all five editors")
    func sameInEveryEditor() throws {
        func typed(opening: [Key], selection: Int, text: (AppState) -> String?) -> String? {
            var state = Fixtures.loadedState()
            state.table.selection = Fixtures.key(selection)
            for key in opening + Self.keys { _ = Dashboard.reduce(&state, .key(key)) }
            return text(state)
        }
        let filter = typed(opening: [.character("/")], selection: 0) { $0.table.isEditingFilter ? $0.table.filter : nil }
        let delete = typed(opening: [.character("D")], selection: 1) {
            if case .delete(let dialog) = $0.overlay { dialog.typed } else { nil }
        }
        let names = typed(opening: [.character("f")], selection: 0) {
            if case .syncObjects(let prompt) = $0.overlay { prompt.text } else { nil }
        }
        let keys = typed(opening: [.character("s"), .character("y")], selection: 1) {
            if case .credentials(let prompt) = $0.overlay { prompt.values[prompt.field] } else { nil }
        }
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.character("n")))
        guard case .form(var form) = state.overlay else {
            Issue.record("n opens the form")
            return
        }
        form.focus = .description
        state.overlay = .form(form)
        for key in Self.keys { _ = Dashboard.reduce(&state, .key(key)) }
        guard case .form(let edited) = state.overlay else {
            Issue.record("the form stays open")
            return
        }
        #expect([filter, delete, names, keys, edited[.description].text] == Array(repeating: "xz猫!", count: 5))
    }

    @Test("the delete confirmation takes no more characters than the id's prefix")
    func deleteLimit() throws {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(1)
        for key: Key in [.character("D")] + "0d14xyz".map(Key.character) { _ = Dashboard.reduce(&state, .key(key)) }
        guard case .delete(let dialog) = state.overlay else {
            Issue.record("D opens the confirmation")
            return
        }
        #expect(dialog.typed == "0d14" && dialog.isConfirmed)
    }
}
