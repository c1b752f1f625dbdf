import MonitorCore
import OMSCore

extension Dashboard {
    /// `f`: the prompt for names to sync, on a synchronizing task (a stopped one takes no events).
    static func openSyncObjects(in state: inout AppState) {
        guard let (key, task) = selectedTask(.synchronizing, for: .syncObjects, in: &state) else { return }
        state.overlay = .syncObjects(SyncObjectsPrompt(key: key, route: route(task, in: state)))
    }

    /// Editing: characters and Enter type, Backspace and `clear_field` erase, `review` reviews,
    /// `leave` leaves. Reviewing: `confirm` (or pressing Send) sends every batch; `cancel` goes
    /// back to the names.
    static func handle(_ key: Key, prompt: SyncObjectsPrompt, in state: inout AppState) -> [Effect] {
        var prompt = prompt
        guard isAsking(prompt.dialog.phase, after: key, in: &state) else { return [] }
        if prompt.reviewing {
            guard let button = answer(key, focused: &prompt.dialog.focused, in: state) else {
                state.overlay = .syncObjects(prompt)
                return []
            }
            return press(button, prompt: prompt, in: &state)
        }
        let action = state.session.keymap.action(for: key, on: .text)
        switch (action, key, TextEdit(key, action: action)) {
        case (.leave?, _, _):
            state.overlay = nil
            return []
        case (_, _, let edit?):
            prompt.text = edit.applied(to: prompt.text)
        case (_, .enter, _):
            prompt.text.append("\n")
        case (_, .tab, _):
            prompt.text.append(",")
        case (.review?, _, _):
            if case .failure(let problem) = prompt.batches {
                prompt.problem = problem
            } else {
                prompt.reviewing = true
                prompt.dialog.focused = .cancel
            }
            state.overlay = .syncObjects(prompt)
            return []
        default:
            break
        }
        prompt.problem = nil
        state.overlay = .syncObjects(prompt)
        return []
    }

    /// A button of the review, pressed by its key or a click: Send sends, Cancel goes back.
    static func press(_ button: ConfirmDialog.Button, prompt: SyncObjectsPrompt, in state: inout AppState) -> [Effect] {
        guard button == .confirm else {
            var prompt = prompt
            prompt.reviewing = false
            state.overlay = .syncObjects(prompt)
            return []
        }
        return send(prompt, in: &state)
    }

    private static func send(_ prompt: SyncObjectsPrompt, in state: inout AppState) -> [Effect] {
        guard case .success(let batches) = prompt.batches else { return [] }
        var prompt = prompt
        prompt.dialog.phase = .sending
        state.overlay = .syncObjects(prompt)
        return [.syncObjects(prompt.dialog.key, batches)]
    }
}
