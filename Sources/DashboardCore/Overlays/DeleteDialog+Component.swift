import MonitorCore
import OMSCore

/// `D`'s confirmation: the first characters of the task's id, typed.
extension DeleteDialog: OverlayComponent {
    func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        Dashboard.handle(key, delete: self, in: &state)
    }

    /// After a failure, a click closes it; otherwise clicks do nothing (the id must be typed).
    func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        if mouse.kind == .press, case .failed = dialog.phase { state.overlay = nil }
        return []
    }

    func receive(_ key: TaskKey, error: ErrorReport?, in state: inout AppState) -> Bool {
        guard key == dialog.key else { return false }
        var delete = self
        delete.dialog.phase = error.map(ConfirmDialog.Phase.failed) ?? .asking
        state.overlay = error == nil ? nil : .delete(delete)
        return false
    }

    func hints(_ keys: KeyHints, in state: AppState) -> [String?] {
        let words = state.session.language
        return keys.dialog(dialog.phase) {
            [words.text(.hintTypeID, ["id": expected]), keys.label(.enter) + " " + words.text(.hintDelete), keys.hint(.leave)]
        }
    }

    func draw(_ state: AppState, into grid: inout Grid) {
        DialogView.draw(self, state: state, into: &grid)
    }
}
