import MonitorCore
import OMSCore

/// The start and stop dialogs: a yes-or-no question, its request's progress, and its failure.
extension ConfirmDialog: OverlayComponent {
    func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        Dashboard.handle(key, dialog: self, in: &state)
    }

    /// A click presses the button under it; after a failure, it closes the dialog.
    func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        guard mouse.kind == .press else { return [] }
        switch phase {
        case .failed: state.overlay = nil
        case .sending: break
        case .asking:
            guard let button = DialogView.button(at: mouse.x, y: mouse.y, self, state: state) else { return [] }
            var dialog = self
            dialog.focused = button
            return Dashboard.press(button, dialog: dialog, in: &state)
        }
        return []
    }

    func receive(_ key: TaskKey, error: ErrorReport?, in state: inout AppState) -> Bool {
        guard key == self.key else { return false }
        var dialog = self
        dialog.phase = error.map(Phase.failed) ?? .asking
        state.overlay = error == nil ? nil : .confirm(dialog)
        return false
    }

    func hints(_ keys: KeyHints, in state: AppState) -> [String?] {
        keys.dialog(phase) {
            [keys.hint(.confirm, state.session.language.text(command.verb).lowercased()), keys.hint(.cancel), keys.hint(.switchButton), keys.hint(.pressButton)]
        }
    }

    func draw(_ state: AppState, into grid: inout Grid) {
        DialogView.draw(self, state: state, into: &grid)
    }
}
