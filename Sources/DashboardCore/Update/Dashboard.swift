import MonitorCore
import OMSCore

/// The dashboard's pure logic: `reduce` changes the state for an action and returns the work to
/// do; `render` draws a state into a grid. Neither does I/O.
public enum Dashboard {
    /// Applies one action; returns the effects for the runtime to run.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .key(let key):
            effects += handle(key, in: &state)
        case .mouse(let mouse):
            effects += handle(mouse, in: &state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
            state.clampScroll()
            rescrollForm(in: &state)
        case .tick(let now):
            state.now = now
        case .answer(let answer):
            effects += announce(receive(answer, in: &state), in: state)
        case .commandFinished(let key, let command, let error):
            effects += announce(receiveCommand(key, command, error, in: &state), in: state)
        case .created(let profile, let result):
            receiveCreated(profile, result, in: &state)
        case .hookFailed(let message):
            state.notice = message
        }
        if state.shouldQuit { return [.quit] }
        // An error line, a banner or the selected task's alerts change the table's height.
        state.clampScroll()
        return effects + schedule(&state)
    }

    /// Each event goes to the hook; a new warning or critical rings the bell when the config asks.
    static func announce(_ events: [AlertEvent], in state: AppState) -> [Effect] {
        guard !events.isEmpty else { return [] }
        let ring = state.monitor.settings.alerts.bell
            && events.contains { $0.state == .firing && $0.severity >= .warning }
        return events.map(Effect.announce) + (ring ? [.bell] : [])
    }

    /// The task the user points at, if any.
    static func selectedTask(_ state: AppState) -> SyncTask? { state.selection.flatMap(state.task) }
}
