import MonitorCore
import OMSCore

/// The start and stop dialogs and the start-keys prompt: opened on the selected task, answered
/// by the dialog's actions (`confirm`, `cancel`, `switch_button`, `press_button`) or a click.
extension Dashboard {
    static func openDialog(_ command: ConfirmDialog.Command, in state: inout AppState) {
        let wanted: SyncTaskStatus = command == .start ? .stopped : .synchronizing
        guard let (key, task) = selectedTask(wanted, for: command == .start ? .startTask : .stopTask, in: &state) else { return }
        state.overlay = .confirm(ConfirmDialog(command: command, key: key, route: route(task, in: state)))
    }

    /// A task's route as its dialog shows it, with the arrow the terminal can draw.
    static func route(_ task: SyncTask, in state: AppState) -> String {
        TaskText.route(task, arrow: Symbols(unicode: state.session.unicode).arrow)
    }

    /// The selected task when its status is `wanted` for `action`; otherwise nil, with a notice
    /// that says which status the action needs.
    static func selectedTask(_ wanted: SyncTaskStatus, for action: KeyAction, in state: inout AppState) -> (TaskKey, SyncTask)? {
        guard let key = state.table.selection, let task = state.task(key) else { return nil }
        guard task.status == wanted else {
            state.status.notice = .wrongStatus(action, status: TaskText.status(task))
            return nil
        }
        return (key, task)
    }

    /// A dialog that is sending ignores keys; one that failed closes on any key, and the `quit`
    /// keys also quit. Returns whether the dialog still asks, and so takes the key.
    static func isAsking(_ phase: ConfirmDialog.Phase, after key: Key, in state: inout AppState) -> Bool {
        switch phase {
        case .asking:
            return true
        case .sending:
            return false
        case .failed:
            state.overlay = nil
            if state.session.keymap.keys(for: .quit).contains(key) { state.shouldQuit = true }
            return false
        }
    }

    /// What a key says to a yes-or-no question: `confirm` yes, `cancel` no, `press_button` what the
    /// focused button says; `switch_button` moves the focus and answers nothing yet.
    static func answer(_ key: Key, focused: inout ConfirmDialog.Button, in state: AppState) -> ConfirmDialog.Button? {
        switch state.session.keymap.action(for: key, on: .dialog) {
        case .confirm?: return .confirm
        case .cancel?: return .cancel
        case .pressButton?: return focused
        case .switchButton?: focused = focused == .cancel ? .confirm : .cancel
        default: break
        }
        return nil
    }

    static func handle(_ key: Key, dialog: ConfirmDialog, in state: inout AppState) -> [Effect] {
        var dialog = dialog
        guard isAsking(dialog.phase, after: key, in: &state) else { return [] }
        guard let button = answer(key, focused: &dialog.focused, in: state) else {
            state.overlay = .confirm(dialog)
            return []
        }
        return press(button, dialog: dialog, in: &state)
    }

    /// A button of the dialog, pressed by its key or a click: the confirming one sends, Cancel closes.
    static func press(_ button: ConfirmDialog.Button, dialog: ConfirmDialog, in state: inout AppState) -> [Effect] {
        if button == .confirm { return confirm(dialog, in: &state) }
        state.overlay = nil
        return []
    }

    private static func confirm(_ dialog: ConfirmDialog, in state: inout AppState) -> [Effect] {
        var dialog = dialog
        if dialog.command == .start && !state.session.startKeys.covers(dialog.key.id) {
            state.overlay = .credentials(CredentialPrompt(dialog: dialog))
            return []
        }
        dialog.phase = .sending
        state.overlay = .confirm(dialog)
        switch dialog.command {
        case .start: return [.startTask(dialog.key, nil)]
        case .stop: return [.stopTask(dialog.key)]
        case .delete: return [.deleteTask(dialog.key)]
        case .syncObjects: return []  // sent from its own prompt, which holds the names
        }
    }

    static func handle(_ key: Key, prompt: CredentialPrompt, in state: inout AppState) -> [Effect] {
        var prompt = prompt
        let action = state.session.keymap.action(for: key, on: .text)
        switch (action, key, TextEdit(key, action: action)) {
        case (.leave?, _, _):
            state.overlay = nil
            return []
        case (_, _, let edit?):
            prompt.values[prompt.field] = edit.applied(to: prompt.values[prompt.field])
        case (_, .up, _), (_, .backTab, _):
            prompt.field = max(0, prompt.field - 1)
        case (_, .tab, _), (_, .down, _):
            prompt.field = min(CredentialPrompt.labels.count - 1, prompt.field + 1)
        case (_, .enter, _):
            if prompt.field < CredentialPrompt.labels.count - 1 {
                prompt.field += 1
            } else if prompt.isComplete {
                var dialog = prompt.dialog
                dialog.phase = .sending
                state.overlay = .confirm(dialog)
                return [.startTask(dialog.key, prompt.request)]
            } else {
                prompt.field = prompt.values.firstIndex(where: \.isEmpty) ?? prompt.field
            }
        default:
            break
        }
        state.overlay = .credentials(prompt)
        return []
    }
}
