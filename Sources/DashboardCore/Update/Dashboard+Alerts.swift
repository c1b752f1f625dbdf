import MonitorCore

extension Dashboard {
    /// Moves the timeline with the usual keys; Esc, e or q closes it.
    static func scrollTimeline(_ key: Key, from scroll: Int, in state: inout AppState) {
        let page = max(1, TimelineView.bodyRows(height: state.height) - 1)
        let last = max(0, state.monitor.alerts.timeline.count - TimelineView.bodyRows(height: state.height))
        var next = scroll
        switch key {
        case .up, .character("k"): next -= 1
        case .down, .character("j"): next += 1
        case .pageUp: next -= page
        case .pageDown: next += page
        case .home, .character("g"): next = 0
        case .end, .character("G"): next = last
        case .escape, .character("e"), .character("q"), .enter:
            state.overlay = nil
            return
        default:
            return
        }
        state.overlay = .timeline(scroll: max(0, min(next, last)))
    }

    /// Selects the next row, after the selection and round again, with an alert at warning or
    /// above; says so when none has.
    static func jumpToAttention(in state: inout AppState) {
        let start = state.selectedIndex.map { $0 + 1 } ?? 0
        let count = state.rows.count
        for step in 0..<count {
            let key = state.rows[(start + step) % count]
            if !state.attention(key).isEmpty {
                state.selection = key
                state.clampScroll()
                return
            }
        }
        state.notice = state.attentionCount > 0
            ? "no task on the list needs attention; the header counts a profile's alert · e shows events"
            : "nothing needs attention"
    }
}
