extension Dashboard {
    /// Rows the wheel moves the table or the timeline by, per notch.
    static let wheelStep = 3

    /// A click selects the row under it, focuses the detail pane, presses a dialog's button or
    /// picks a prompt's or the form's field; the wheel scrolls the table, the timeline or the form.
    static func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        state.status.notice = nil
        if let outcome = updateOverlay(.mouse(mouse), in: &state) { return outcome.effects }
        guard state.focus == .table else { return [] }
        let layout = state.layout
        switch mouse.kind {
        case .wheelUp: scrollTable(by: -wheelStep, in: &state)
        case .wheelDown: scrollTable(by: wheelStep, in: &state)
        case .press:
            if let row = TableView.row(atX: mouse.x, y: mouse.y, body: layout.tableBody, table: state.table) {
                state.table.isEditingFilter = false
                moveSelection(to: row, in: &state)
            } else if layout.detail.contains(x: mouse.x, y: mouse.y), state.table.selection != nil {
                state.table.isEditingFilter = false
                state.focus = .detail
            }
        }
        return []
    }

    /// Moves the view by `delta` rows, taking the selection along only as far as it must stay in view.
    static func scrollTable(by delta: Int, in state: inout AppState) {
        let visible = max(1, state.layout.tableRows)
        guard !state.table.rows.isEmpty, let index = state.table.selectedIndex else { return }
        let scroll = max(0, min(state.table.scroll + delta, state.table.rows.count - visible))
        state.table.scroll = scroll
        moveSelection(to: min(max(index, scroll), scroll + visible - 1), in: &state)
    }
}
