import Testing

@testable import DashboardCore

@Suite("Typing: one TextEdit for the filter, the start-keys prompt, the delete confirmation, the names prompt and the form")
struct TextEditTests {
    @Test("a printable key types, Backspace erases one character (a whole 猫 or 👍🏽), clear_field empties; other keys are the editor's")
    func edits() {
        #expect(TextEdit(.character("a"), action: nil) == .type("a"))
        #expect(TextEdit(.backspace, action: nil) == .erase)
        #expect(TextEdit(.control("u"), action: .clearField) == .clear)
        #expect(TextEdit(.character("k"), action: .clearField) == .clear, "a remapped clear_field wins over typing")
        for key: Key in [.enter, .tab, .backTab, .up, .down, .left, .right, .escape, .control("s"), .function(1)] {
            #expect(TextEdit(key, action: nil) == nil, "\(key)")
        }
        #expect(TextEdit.type("猫").applied(to: "ab") == "ab猫")
        #expect(TextEdit.erase.applied(to: "ab猫") == "ab")
        #expect(TextEdit.erase.applied(to: "a👍🏽") == "a")
        #expect(TextEdit.erase.applied(to: "") == "")
        #expect(TextEdit.clear.applied(to: "abc") == "")
        #expect(TextEdit.type("e").applied(to: "abcd", limit: 4) == "abcd")
        #expect(TextEdit.type("d").applied(to: "abc", limit: 4) == "abcd")
    }

    /// Types, erases and clears the same way into whatever is being edited.
    static let keys: [Key] = [
        .character("a"), .character("b"), .backspace, .control("u"), .character("x"), .character("猫"),
        .character("y"), .backspace,
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
        #expect([filter, delete, names, keys, edited[.description].text] == Array(repeating: "x猫", count: 5))
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
