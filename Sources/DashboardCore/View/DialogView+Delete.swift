import OMSCore

/// The delete dialog: the task, its route, and the typed confirmation.
extension DialogView {
    static func lines(_ delete: DeleteDialog, state: AppState) -> [(String, Style)] {
        let symbols = Symbols(unicode: state.session.unicode)
        let words = state.session.language
        let heading = heading(delete.dialog, naming: delete.dialog.key.id, language: words)
        guard delete.dialog.phase == .asking else { return heading + outcome(delete.dialog, state: state) }
        let expected = ["expected": delete.expected, "count": String(DeleteDialog.confirmationLength)]
        let prompt = words.text(.deleteType, expected) + delete.typed + symbols.cursor
        let below = delete.mismatch
            ? ("\(symbols.cross) " + words.text(.deleteMismatch, expected), Style.failure)
            : (words.text(.deleteWhat), Style.dialog)
        return heading + [(prompt, .dialogButtonFocused), below]
    }

    static func draw(_ delete: DeleteDialog, state: AppState, into grid: inout Grid) {
        drawBox(title: title(.delete, language: state.session.language), lines: lines(delete, state: state), into: &grid, symbols: Symbols(unicode: state.session.unicode))
    }
}
