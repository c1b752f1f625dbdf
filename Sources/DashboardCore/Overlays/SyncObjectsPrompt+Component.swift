import MonitorCore
import OMSCore

/// `f`: the object names to sync, typed or pasted, then reviewed as batches and sent.
extension SyncObjectsPrompt: OverlayComponent {
    func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        Dashboard.handle(key, prompt: self, in: &state)
    }

    /// In the review, a click presses the button under it; after a failure, it closes the prompt.
    func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        guard mouse.kind == .press else { return [] }
        if case .failed = dialog.phase { state.overlay = nil }
        guard reviewing,
            let button = DialogView.button(at: mouse.x, y: mouse.y, dialog, lines: DialogView.lines(self, state: state), state: state)
        else { return [] }
        var prompt = self
        prompt.dialog.focused = button
        return Dashboard.press(button, prompt: prompt, in: &state)
    }

    /// Sent: says how many names OMS took and reads the task again, as its counters move with
    /// them. Refused: the prompt shows why, and the dashboard notes the error as for any command.
    func receive(_ key: TaskKey, error: ErrorReport?, in state: inout AppState) -> Bool {
        guard key == dialog.key else { return false }
        var prompt = self
        prompt.dialog.phase = error.map(ConfirmDialog.Phase.failed) ?? .asking
        state.overlay = error == nil ? nil : .syncObjects(prompt)
        guard error == nil else { return false }
        state.status.show(.sentNames(names.count, taskID: key.id), now: state.now)
        Dashboard.refreshNow(&state)
        return true
    }

    func hints(_ keys: KeyHints, in state: AppState) -> [String?] {
        keys.dialog(dialog.phase) {
            reviewing
                ? [keys.hint(.confirm, .hintSend), keys.hint(.cancel, .hintBack), keys.hint(.switchButton), keys.hint(.pressButton)]
                : [state.session.language.text(.hintTypeNames), keys.hint(.review), keys.hint(.leave)]
        }
    }

    func draw(_ state: AppState, into grid: inout Grid) {
        DialogView.draw(self, state: state, into: &grid)
    }
}
