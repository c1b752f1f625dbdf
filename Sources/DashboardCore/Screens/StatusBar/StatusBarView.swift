import MonitorCore
import OMSCore

/// The bottom lines: the last error on a line of its own when its rectangle has room for one, a
/// message (the task count, sort and window, or the filter, a notice or a flash) and the keys that
/// apply now, on its last line.
enum StatusBarView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let symbols = Symbols(unicode: state.session.unicode)
        let hintsRow = grid.height - 1, messageRow = grid.height - 2
        if messageRow > 0, let error = state.status.error {
            grid.put("\(symbols.cross) " + ErrorText.line(error, language: state.session.language), x: 1, y: messageRow - 1, style: .failure, maxWidth: grid.width - 2)
        }
        let (message, style) = self.message(state, symbols)
        grid.put(message, x: 1, y: messageRow, style: style, maxWidth: grid.width - 2)
        grid.fill(x: 0, y: hintsRow, width: grid.width, height: 1, style: .header)
        grid.put(" " + fitted(hints(state), width: grid.width - 1).joined(separator: "  "), x: 0, y: hintsRow, style: .header)
    }

    /// The hints that fit a width: those before the last two (help and quit, on the main screen)
    /// give way from the end, so that the way to the help and out always shows.
    static func fitted(_ hints: [String], width: Int) -> [String] {
        var hints = hints
        while hints.count > 3, DisplayWidth.of(hints.joined(separator: "  ")) > width { hints.remove(at: hints.count - 3) }
        return hints
    }

    static func message(_ state: AppState, _ symbols: Symbols) -> (String, Style) {
        let words = state.session.language
        let shown = ["shown": String(state.table.rows.count), "total": String(state.taskCount)]
        if state.table.isEditingFilter {
            let typed = state.table.filterField.line(width: max(8, state.viewport.width / 2), focused: true, symbols: symbols)
            return ("/ \(typed)   " + words.text(.statusShownOfTotal, shown), .accent)
        }
        if let notice = state.status.notice { return (notice.text(in: state), .warning) }
        if let flash = state.status.flash(at: state.now) { return (flash.text(language: words, symbols: symbols), .ok) }
        let sort = words.text(.statusSortedBy, ["column": words.text(state.table.sort.label), "arrow": symbols.sortArrow(descending: state.table.sortDescending)])
        if !state.table.filter.isEmpty {
            let clears = KeyHints(state).keys(.back).map { " \(symbols.dot) " + words.text(.statusKeyClears, ["key": $0]) } ?? ""
            let filter = words.text(.statusFilter, shown.merging(["filter": state.table.filter]) { $1 })
            return ("\(filter) \(symbols.dot) \(sort)\(clears)", .accent)
        }
        let tasks = words.text(.statusTasks, ["count": String(state.taskCount)])
        return ("\(tasks) \(symbols.dot) \(sort) \(symbols.dot) " + words.text(.statusWindow, ["window": state.window.label]), .muted)
    }

    /// The keys that apply now, each with its word, from the keymap.
    static func hints(_ state: AppState) -> [String] {
        let keys = KeyHints(state)
        let hints = state.overlay?.component.hints(OverlayContext(state)) ?? mainHints(state, keys)
        return hints.compactMap { $0 }
    }

    private static func mainHints(_ state: AppState, _ keys: KeyHints) -> [String?] {
        if state.table.isEditingFilter {
            return [state.session.language.text(.hintTypeToFilter), keys.label(.enter) + " " + state.session.language.text(.hintKeep), keys.hint(.leave, .hintClear)]
        }
        var hints = state.focus == .detail
            ? [keys.hint(.back), keys.pair(.moveUp, .moveDown, .hintTask)]
            : [keys.pair(.moveUp, .moveDown), keys.hint(.detail), keys.hint(.filter), keys.hint(.sortNext)]
        hints.append(keys.pair(.windowWider, .windowNarrower))
        hints += [keys.hint(.startTask), keys.hint(.stopTask), keys.hint(.createTask), keys.hint(.syncObjects)]
        hints += [state.paused ? keys.hint(.pause, .hintResume) : keys.hint(.pause), keys.hint(.refresh), keys.hint(.nextAlert), keys.hint(.timeline)]
        hints += [keys.hint(.help), keys.hint(.quit)]
        return hints
    }
}
