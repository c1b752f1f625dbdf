/// `?`: every key of the keymap, scrolled down by `scroll` lines. The moving keys and the wheel
/// scroll it; any other key or a click closes it.
struct HelpOverlay: OverlayComponent {
    let scroll: Int

    func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        move(state.session.keymap.action(for: key, on: .help), in: &state)
        return []
    }

    func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        move(mouse.kind == .press ? nil : mouse.kind == .wheelUp ? .moveUp : .moveDown, in: &state)
        return []
    }

    func hints(_ keys: KeyHints, in state: AppState) -> [String?] {
        [keys.pair(.moveUp, .moveDown, .hintScroll), state.session.language.text(.hintAnyOtherKeyCloses)]
    }

    func draw(_ state: AppState, into grid: inout Grid) {
        HelpView.draw(state, scroll: scroll, into: &grid)
    }

    /// Moves by a moving action; any other action closes it.
    private func move(_ action: KeyAction?, in state: inout AppState) {
        let rows = HelpView.bodyRows(height: state.viewport.height)
        let last = max(0, HelpView.lines(state).count - rows)
        guard let next = Dashboard.scrolled(scroll, by: action, page: max(1, rows - 1), last: last) else {
            state.overlay = nil
            return
        }
        state.overlay = .help(scroll: next)
    }
}
