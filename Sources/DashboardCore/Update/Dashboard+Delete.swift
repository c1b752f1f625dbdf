import MonitorCore
import OMSCore

/// `D` deletes the selected stopped task once the first characters of its id are typed.
extension Dashboard {
    static func openDelete(in state: inout AppState) {
        guard let (key, task) = selectedTask(.stopped, for: .deleteTask, in: &state) else { return }
        state.overlay = .delete(DeleteDialog(key: key, route: route(task, in: state)))
    }

    static func handle(_ key: Key, delete: DeleteDialog, in state: inout AppState) -> [Effect] {
        var delete = delete
        guard isAsking(delete.dialog.phase, after: key, in: &state) else { return [] }
        let action = state.session.keymap.action(for: key, on: .text)
        switch (action, key, TextEdit(key, action: action)) {
        case (.leave?, _, _):
            state.overlay = nil
            return []
        case (_, _, .type?) where delete.typed.count >= DeleteDialog.confirmationLength:
            break
        case (_, _, let edit?):
            delete.typed = edit.applied(to: delete.typed)
            delete.mismatch = false
        case (_, .enter, nil):
            guard delete.isConfirmed else {
                delete.mismatch = true
                break
            }
            delete.dialog.phase = .sending
            state.overlay = .delete(delete)
            return [.deleteTask(delete.dialog.key)]
        default:
            break
        }
        state.overlay = .delete(delete)
        return []
    }
}
