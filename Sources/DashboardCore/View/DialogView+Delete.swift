/// The delete dialog: the task, its route, and the typed confirmation.
extension DialogView {
    static func lines(_ delete: DeleteDialog, state: AppState) -> [(String, Style)] {
        let symbols = Symbols(unicode: state.unicode)
        let dialog = delete.dialog
        var lines: [(String, Style)] = [
            ("Delete task \(dialog.key.id)?", .dialog),
            (dialog.route, .dialog),
            ("", .dialog),
        ]
        switch dialog.phase {
        case .asking:
            let cursor = state.unicode ? "▏" : "_"
            lines.append(("Type \(delete.expected) (the id's first \(DeleteDialog.confirmationLength) characters): \(delete.typed)\(cursor)",
                          .dialogButtonFocused))
            lines.append(delete.mismatch
                ? ("\(symbols.cross) that is not \(delete.expected): nothing was deleted", .failure)
                : ("OMS deletes the task and its history; the buckets are not touched.", .dialog))
        case .sending:
            lines.append(("\(dialog.progressive)… waiting for OMS", .dialog))
        case .failed(let error):
            lines.append(("\(symbols.cross) \(error.message)", .dialog))
            lines.append(("any key closes, q quits", .dialog))
        }
        return lines
    }

    static func draw(_ delete: DeleteDialog, state: AppState, into grid: inout Grid) {
        drawBox(title: "Delete task", lines: lines(delete, state: state), into: &grid, symbols: Symbols(unicode: state.unicode))
    }
}
