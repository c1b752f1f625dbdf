import MonitorCore

extension Dashboard {
    /// Where a moving action takes a scrolled list, kept within 0 and `last`; nil for any other action.
    static func scrolled(_ scroll: Int, by action: KeyAction?, page: Int, last: Int) -> Int? {
        let next: Int
        switch action {
        case .moveUp?: next = scroll - 1
        case .moveDown?: next = scroll + 1
        case .pageUp?: next = scroll - page
        case .pageDown?: next = scroll + page
        case .first?: next = 0
        case .last?: next = last
        default: return nil
        }
        return max(0, min(next, last))
    }

    /// Selects the next row, after the selection and round again, with an alert at warning or
    /// above; says so when none has.
    static func jumpToAttention(in state: inout AppState) {
        let start = state.table.selectedIndex.map { $0 + 1 } ?? 0
        let count = state.table.rows.count
        for step in 0..<count {
            let key = state.table.rows[(start + step) % count]
            if !state.attention(key).isEmpty {
                state.table.selection = key
                state.clampScroll()
                return
            }
        }
        state.status.notice = state.attentionCount > 0 ? .noTaskNeedsAttention : .nothingNeedsAttention
    }
}
