import MonitorCore

extension Dashboard {
    /// The fetches that are due now, as the monitor plans them for this screen; none while paused.
    static func schedule(_ state: inout AppState) -> [Effect] {
        guard !state.paused else { return [] }
        // The lists are read for the task the detail pane has the keyboard for.
        let selection = state.focus == .detail ? state.table.selection : nil
        let glance = state.listGlances.due(selection: selection, task: selection.flatMap(state.task), now: state.now)
        return state.monitor.due(now: state.now, interest: state.interest).map(Effect.fetch) + (glance.map { [$0] } ?? [])
    }
}
