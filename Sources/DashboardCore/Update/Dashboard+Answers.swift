import MonitorCore
import OMSCore

extension Dashboard {
    /// Takes an API answer into the monitor and the rows; shows a failure in the status bar, and
    /// clears it when page 1 answers again. Returns the alert events it caused. Only an answer that
    /// changed something shown asks for a redraw (a refresh's new age shows with the next second).
    static func receive(_ answer: MonitorAnswer, in state: inout AppState) -> [AlertEvent] {
        let errorBefore = state.status.error
        let change = state.monitor.receive(answer, now: state.now)
        state.apply(change)
        if let failure = answer.failure {
            state.status.error = failure
        } else if answer.isHealthyHead, state.status.error.map({ !$0.isAuthenticationFailure }) ?? false {
            state.status.error = nil
        }
        let shown = answer.task.map { $0 == state.table.selection || state.visibleRows.contains($0) } ?? false
        if shown || !change.isEmpty || !change.events.isEmpty || !change.healthChanged.isEmpty || state.status.error != errorBefore {
            state.noteScreenChanged()
        }
        return change.events
    }

    /// Takes a start, stop or delete's answer in; returns the alert events it caused.
    static func receiveCommand(
        _ key: TaskKey, _ command: ConfirmDialog.Command, _ error: ErrorReport?, in state: inout AppState
    ) -> [AlertEvent] {
        if updateOverlay(.answered(key, error), in: &state)?.requests.contains(.answerTaken) == true { return [] }
        if let error {
            state.status.error = error
            return []
        }
        state.status.show(.accepted(command, taskID: key.id), now: state.now)
        let change = command == .delete
            ? state.monitor.noteDeleted(key, now: state.now)
            : state.monitor.noteCommand(key, started: command == .start, now: state.now)
        state.apply(change)
        return change.events
    }

    /// Takes a create's answer in: on success the form closes and the new task is selected as soon
    /// as the list shows it; on a refusal the form stays as typed, with the API's error under it.
    static func receiveCreated(_ profile: String, _ result: Result<String, ErrorReport>, in state: inout AppState) {
        updateOverlay(.created(result), in: &state)
        switch result {
        case .failure(let error):
            state.status.error = error
        case .success(let id):
            let key = TaskKey(profile: profile, id: id)
            state.status.show(.created(taskID: id), now: state.now)
            state.table.pendingSelection = key
            state.monitor.noteCreated(key, now: state.now)
        }
    }
}
