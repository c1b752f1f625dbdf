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
        switch (state.keymap.action(for: key, on: .text), key) {
        case (.leave?, _):
            state.overlay = nil
            return []
        case (.clearField?, _):
            delete.typed = ""
            delete.mismatch = false
        case (_, .enter):
            guard delete.isConfirmed else {
                delete.mismatch = true
                break
            }
            delete.dialog.phase = .sending
            state.overlay = .delete(delete)
            return [.deleteTask(delete.dialog.key)]
        case (_, .backspace):
            delete.typed = String(delete.typed.dropLast())
            delete.mismatch = false
        case (_, .character(let character)) where delete.typed.count < DeleteDialog.confirmationLength:
            delete.typed.append(character)
            delete.mismatch = false
        default:
            break
        }
        state.overlay = .delete(delete)
        return []
    }
}
