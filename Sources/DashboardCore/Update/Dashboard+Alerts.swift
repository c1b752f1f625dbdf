import MonitorCore

extension Dashboard {
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
