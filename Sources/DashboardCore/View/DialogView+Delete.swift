/// The delete dialog: the task, its route, and the typed confirmation.
extension DialogView {
    static func lines(_ delete: DeleteDialog, state: AppState) -> [(String, Style)] {
        let symbols = Symbols(unicode: state.unicode)
        let heading = heading(delete.dialog, naming: delete.dialog.key.id)
        guard delete.dialog.phase == .asking else { return heading + outcome(delete.dialog, state: state) }
        let prompt = "Type \(delete.expected) (the id's first \(DeleteDialog.confirmationLength) characters): \(delete.typed)\(symbols.cursor)"
        let below = delete.mismatch
            ? ("\(symbols.cross) that is not \(delete.expected): nothing was deleted", Style.failure)
            : ("OMS deletes the task and its history; the buckets are not touched.", Style.dialog)
        return heading + [(prompt, .dialogButtonFocused), below]
    }

    static func draw(_ delete: DeleteDialog, state: AppState, into grid: inout Grid) {
        drawBox(title: "Delete task", lines: lines(delete, state: state), into: &grid, symbols: Symbols(unicode: state.unicode))
    }
}
