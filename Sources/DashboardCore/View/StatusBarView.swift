import MonitorCore
/// The bottom lines: the last error on a line of its own when there is one, a message (the task
/// count, sort and window, or the filter, a notice or a flash) and the keys that apply now.
enum StatusBarView {
    static func draw(_ state: AppState, into grid: inout Grid, layout: Layout) {
        let symbols = Symbols(unicode: state.unicode)
        if let row = layout.errorRow, let error = state.lastError {
            grid.put("\(symbols.cross) " + ErrorText.line(error), x: 1, y: row, style: .failure, maxWidth: grid.width - 2)
        }
        let (message, style) = self.message(state, symbols)
        grid.put(message, x: 1, y: layout.messageRow, style: style, maxWidth: grid.width - 2)
        grid.fill(x: 0, y: layout.hintsRow, width: grid.width, height: 1, style: .header)
        grid.put(" " + hints(state).joined(separator: "  "), x: 0, y: layout.hintsRow, style: .header)
    }

    static func message(_ state: AppState, _ symbols: Symbols) -> (String, Style) {
        if state.isEditingFilter {
            return ("/ \(state.filter)\(symbols.cursor)   \(state.rows.count) of \(state.taskCount) tasks", .accent)
        }
        if let notice = state.notice { return (notice, .warning) }
        if let flash = state.flash, state.now < flash.until { return (flash.text, .ok) }
        let sort = "sorted by \(state.sort.label) \(state.sortDescending ? "↓" : "↑")"
        if !state.filter.isEmpty {
            return ("filter \"\(state.filter)\": \(state.rows.count) of \(state.taskCount) tasks \(symbols.dot) \(sort) \(symbols.dot) Esc clears", .accent)
        }
        return ("\(state.taskCount) tasks \(symbols.dot) \(sort) \(symbols.dot) window \(state.window.label)", .muted)
    }

    static func hints(_ state: AppState) -> [String] {
        switch state.overlay {
        case .help: return ["any key closes help"]
        case .timeline: return ["↑↓ PgUp PgDn scroll", "g G newest/oldest", "Esc close"]
        case .confirm(let dialog):
            switch dialog.phase {
            case .asking: return ["y \(dialog.verb.lowercased())", "n/Esc cancel", "Tab switch", "⏎ choose"]
            case .sending: return ["sending…"]
            case .failed: return ["any key closes", "q quits"]
            }
        case .credentials: return ["type the keys (SK hidden)", "⏎ next/send", "↑↓ field", "Esc cancel"]
        case .delete(let delete):
            switch delete.dialog.phase {
            case .asking: return ["type \(delete.expected)", "⏎ delete", "Esc cancel"]
            case .sending: return ["sending…"]
            case .failed: return ["any key closes", "q quits"]
            }
        case .form: return []
        case .syncObjects(let prompt):
            switch prompt.dialog.phase {
            case .asking where prompt.reviewing: return ["y send", "n/Esc back", "Tab switch", "⏎ choose"]
            case .asking: return ["type or paste names", "Ctrl-S review", "Esc cancel"]
            case .sending: return ["sending…"]
            case .failed: return ["any key closes", "q quits"]
            }
        case nil: break
        }
        if state.isEditingFilter { return ["type to filter", "⏎ keep", "Esc clear"] }
        var hints = state.focus == .detail ? ["Esc back", "↑↓ task"] : ["↑↓ move", "⏎ detail", "/ filter", "o sort"]
        hints.append("+/- window")
        if !state.readOnly { hints += ["s start", "x stop", "n new", "f sync"] }
        hints += [state.paused ? "p resume" : "p pause", "r refresh", "a alert", "e events", "? help", "q quit"]
        return hints
    }
}
