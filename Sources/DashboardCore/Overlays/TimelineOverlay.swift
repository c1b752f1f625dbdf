/// `e`: the session's alert events, newest first, scrolled down by `scroll`. The moving keys and
/// the wheel scroll it; `close` or `timeline` closes it.
struct TimelineOverlay: OverlayComponent {
    let scroll: Int

    func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        move(state.session.keymap.action(for: key, on: .timeline), in: &state)
        return []
    }

    func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        guard mouse.kind != .press else { return [] }
        for _ in 0..<Dashboard.wheelStep {
            guard case .timeline(let scroll) = state.overlay else { break }
            TimelineOverlay(scroll: scroll).move(mouse.kind == .wheelUp ? .moveUp : .moveDown, in: &state)
        }
        return []
    }

    func hints(_ keys: KeyHints, in state: AppState) -> [String?] {
        [keys.pair(.moveUp, .moveDown, .hintScroll), keys.pair(.first, .last, .hintNewestOldest), keys.hint(.close)]
    }

    func draw(_ state: AppState, into grid: inout Grid) {
        TimelineView.draw(state, scroll: scroll, into: &grid)
    }

    private func move(_ action: KeyAction?, in state: inout AppState) {
        let rows = TimelineView.bodyRows(height: state.viewport.height)
        let last = max(0, state.monitor.alerts.timeline.count - rows)
        switch action {
        case .close?, .timeline?:
            state.overlay = nil
        default:
            guard let next = Dashboard.scrolled(scroll, by: action, page: max(1, rows - 1), last: last) else { return }
            state.overlay = .timeline(scroll: next)
        }
    }
}
