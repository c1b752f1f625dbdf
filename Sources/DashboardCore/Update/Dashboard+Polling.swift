import MonitorCore

extension Dashboard {
    /// The fetches that are due now, as the monitor plans them for this screen; none while paused.
    static func schedule(_ state: inout AppState) -> [Effect] {
        guard !state.paused else { return [] }
        return state.monitor.due(now: state.now, interest: state.interest).map(Effect.fetch)
    }
}
