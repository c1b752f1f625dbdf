import MonitorCore
import OMSCore

extension Dashboard {
    /// Takes an API answer into the monitor and the rows; shows a failure in the status bar, and
    /// clears it when page 1 answers again. Returns the alert events it caused.
    static func receive(_ answer: MonitorAnswer, in state: inout AppState) -> [AlertEvent] {
        let change = state.monitor.receive(answer, now: state.now)
        state.apply(change)
        if let failure = answer.failure {
            state.lastError = failure
        } else if answer.isHealthyHead, state.lastError.map({ !$0.isAuthenticationFailure }) ?? false {
            state.lastError = nil
        }
        return change.events
    }

    /// Takes a start or stop's answer in; returns the alert events it caused.
    static func receiveCommand(
        _ key: TaskKey, _ command: ConfirmDialog.Command, _ error: ErrorReport?, in state: inout AppState
    ) -> [AlertEvent] {
        if case .confirm(var dialog) = state.overlay, dialog.key == key {
            if let error {
                dialog.phase = .failed(error)
                state.overlay = .confirm(dialog)
            } else {
                state.overlay = nil
            }
        }
        if let error {
            state.lastError = error
            return []
        }
        let done = command == .start ? "Started" : "Stopped"
        state.flash = Flash(
            text: "\(Symbols(unicode: state.unicode).check) \(done) \(TaskText.shortID(key.id)): OMS accepted the request",
            until: state.now + Flash.milliseconds)
        let change = state.monitor.noteCommand(key, started: command == .start, now: state.now)
        state.apply(change)
        return change.events
    }
}
