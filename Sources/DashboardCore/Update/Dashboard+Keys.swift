import MonitorCore
import OMSCore

/// Keys become actions through the keymap, screen by screen; the actions do the work, so a click
/// can do the same without pretending to be a key.
extension Dashboard {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        state.status.notice = nil
        if key == .interrupt {
            state.shouldQuit = true
            return []
        }
        if let outcome = updateOverlay(.key(key), in: &state) { return outcome.effects }
        if state.table.isEditingFilter { return editFilter(key, in: &state) }
        guard let action = state.session.keymap.action(for: key, on: state.focus == .detail ? .detail : .table) else { return [] }
        return perform(action, in: &state)
    }

    /// Does what an action of the table or the detail pane asks; returns the read an overlay opened
    /// waits for.
    @discardableResult
    static func perform(_ action: KeyAction, in state: inout AppState) -> [Effect] {
        let page = max(1, state.layout.tableRows - 1)
        switch action {
        case .moveUp: moveSelection(by: -1, in: &state)
        case .moveDown: moveSelection(by: 1, in: &state)
        case .pageUp: moveSelection(by: -page, in: &state)
        case .pageDown: moveSelection(by: page, in: &state)
        case .first: moveSelection(to: 0, in: &state)
        case .last: moveSelection(to: state.table.rows.count - 1, in: &state)
        case .detail: if state.table.selection != nil { state.focus = .detail }
        case .back:
            if state.focus == .detail {
                state.focus = .table
            } else if !state.table.filter.isEmpty {
                state.table.filterField = TextField()
                state.refilter()
            }
            state.clampScroll()
        case .filter:
            state.table.isEditingFilter = true
            state.focus = .table
        case .sortNext:
            state.table.sort = state.table.sort.next(multiProfile: state.isMultiProfile)
            state.refreshRows()
        case .sortReverse:
            state.table.sortDescending.toggle()
            state.refreshRows()
        case .windowWider: state.window = state.window.wider
        case .windowNarrower: state.window = state.window.narrower
        case .refresh: refreshNow(&state)
        case .reloadConfig: return [.readConfig]
        case .pause:
            state.paused.toggle()
            if !state.paused { refreshNow(&state) }
        case .nextAlert: jumpToAttention(in: &state)
        case .quit: state.shouldQuit = true
        case _ where action.changesTasks && state.session.readOnly: break
        default: return open(action, in: &state)
        }
        return []
    }

    /// Opens the overlay an action opens, or says why it does not.
    private static func open(_ action: KeyAction, in state: inout AppState) -> [Effect] {
        switch Overlay.opened(by: action, in: state) {
        case .overlay(let overlay)?: state.overlay = overlay
        case .reading(let overlay, let effect)?:
            state.overlay = overlay
            return [effect]
        case .notice(let notice)?: state.status.notice = notice
        case nil: break
        }
        return []
    }

    static func moveSelection(by delta: Int, in state: inout AppState) {
        guard let index = state.table.selectedIndex else {
            state.table.selection = state.table.rows.first
            return
        }
        moveSelection(to: index + delta, in: &state)
    }

    static func moveSelection(to index: Int, in state: inout AppState) {
        guard !state.table.rows.isEmpty else { return }
        state.table.selection = state.table.rows[max(0, min(state.table.rows.count - 1, index))]
        state.clampScroll()
    }

    static func refreshNow(_ state: inout AppState) {
        state.monitor.refreshNow(selected: state.table.selection)
    }

    /// The filter takes the text keys; Enter keeps it, `leave` (Esc) clears it, and Up, Down and the
    /// page keys end the editing and move.
    private static func editFilter(_ key: Key, in state: inout AppState) -> [Effect] {
        let action = state.session.keymap.action(for: key, on: .text)
        switch (action, key) {
        case (.leave?, _):
            state.table.isEditingFilter = false
            state.table.filterField = TextField()
        case (_, .enter):
            state.table.isEditingFilter = false
        case (_, .up), (_, .down), (_, .pageUp), (_, .pageDown):
            state.table.isEditingFilter = false
            perform([.up: .moveUp, .down: .moveDown, .pageUp: .pageUp, .pageDown: .pageDown][key] ?? .moveDown, in: &state)
        default:
            state.table.filterField.handle(key, action: action)
        }
        state.refilter()
        return []
    }
}
