extension Dashboard {
    /// Rows the wheel moves the table or the timeline by, per notch.
    static let wheelStep = 3

    /// A click selects the row under it, focuses the detail pane, presses a dialog's button or
    /// picks a prompt's or the form's field; the wheel scrolls the table, the timeline or the form.
    static func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        state.notice = nil
        switch state.overlay {
        case .help(let scroll):
            scrollHelp(mouse.kind == .press ? nil : mouse.kind == .wheelUp ? .moveUp : .moveDown, from: scroll, in: &state)
            return []
        case .timeline:
            guard mouse.kind != .press else { return [] }
            for _ in 0..<wheelStep {
                guard case .timeline(let scroll) = state.overlay else { break }
                scrollTimeline(mouse.kind == .wheelUp ? .moveUp : .moveDown, from: scroll, in: &state)
            }
            return []
        case .confirm(var dialog):
            guard mouse.kind == .press else { return [] }
            switch dialog.phase {
            case .failed: state.overlay = nil
            case .sending: break
            case .asking:
                guard let button = DialogView.button(at: mouse.x, y: mouse.y, dialog, state: state) else { return [] }
                dialog.focused = button
                return press(button, dialog: dialog, in: &state)
            }
            return []
        case .credentials(var prompt):
            guard mouse.kind == .press, let field = DialogView.field(atRow: mouse.y, prompt, state: state) else { return [] }
            prompt.field = field
            state.overlay = .credentials(prompt)
            return []
        case .form(var form):
            if mouse.kind != .press {
                turnWheel(by: mouse.kind == .wheelUp ? -1 : 1, form: form, in: &state)
                return []
            }
            guard form.phase == .editing, let field = FormView.field(atRow: mouse.y, form, state: state) else { return [] }
            form.focus = field
            state.overlay = .form(form)
            return []
        case .delete(let delete):
            if mouse.kind == .press, case .failed = delete.dialog.phase { state.overlay = nil }
            return []
        case .syncObjects(var prompt):
            guard mouse.kind == .press else { return [] }
            if case .failed = prompt.dialog.phase { state.overlay = nil }
            guard prompt.reviewing,
                let button = DialogView.button(
                    at: mouse.x, y: mouse.y, prompt.dialog, lines: DialogView.lines(prompt, state: state), state: state)
            else { return [] }
            prompt.dialog.focused = button
            return press(button, prompt: prompt, in: &state)
        case nil:
            break
        }
        guard state.focus == .table else { return [] }
        let layout = state.layout
        switch mouse.kind {
        case .wheelUp: scrollTable(by: -wheelStep, in: &state)
        case .wheelDown: scrollTable(by: wheelStep, in: &state)
        case .press:
            let firstRow = layout.tableHeaderRow + 1
            if (firstRow..<firstRow + layout.tableRows).contains(mouse.y), state.scroll + mouse.y - firstRow < state.rows.count {
                state.isEditingFilter = false
                moveSelection(to: state.scroll + mouse.y - firstRow, in: &state)
            } else if (layout.detailTop..<layout.detailTop + layout.detailHeight).contains(mouse.y), state.selection != nil {
                state.isEditingFilter = false
                state.focus = .detail
            }
        }
        return []
    }

    /// Moves the view by `delta` rows, taking the selection along only as far as it must stay in view.
    static func scrollTable(by delta: Int, in state: inout AppState) {
        let visible = max(1, state.layout.tableRows)
        guard !state.rows.isEmpty, let index = state.selectedIndex else { return }
        let scroll = max(0, min(state.scroll + delta, state.rows.count - visible))
        state.scroll = scroll
        moveSelection(to: min(max(index, scroll), scroll + visible - 1), in: &state)
    }
}
