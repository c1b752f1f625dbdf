import MonitorCore
import OMSCore

extension Dashboard {
    /// `f`: the prompt for names to sync, on a synchronizing task (a stopped one takes no events).
    static func openSyncObjects(in state: inout AppState) {
        guard let (key, task) = selectedTask(.synchronizing, in: &state, otherwise: {
            "f sends object names to a synchronizing task; this one is \($0)"
        }) else { return }
        state.overlay = .syncObjects(SyncObjectsPrompt(key: key, route: TaskText.route(task)))
    }

    /// Editing: characters and Enter type, Backspace and Ctrl-U erase, Ctrl-S reviews, Esc leaves.
    /// Reviewing: y (or Enter on Send) sends every batch; n or Esc goes back to the names.
    static func handle(_ key: Key, prompt: SyncObjectsPrompt, in state: inout AppState) -> [Effect] {
        var prompt = prompt
        guard isAsking(prompt.dialog.phase, after: key, in: &state) else { return [] }
        if prompt.reviewing {
            switch key {
            case .character("y"), .character("Y"):
                return send(prompt, in: &state)
            case .character("n"), .character("N"), .escape:
                prompt.reviewing = false
            case .tab, .backTab, .left, .right:
                prompt.dialog.focused = prompt.dialog.focused == .cancel ? .confirm : .cancel
            case .enter:
                if prompt.dialog.focused == .confirm { return send(prompt, in: &state) }
                prompt.reviewing = false
            default:
                break
            }
            state.overlay = .syncObjects(prompt)
            return []
        }
        switch key {
        case .escape:
            state.overlay = nil
            return []
        case .character(let character):
            prompt.text.append(character)
        case .enter:
            prompt.text.append("\n")
        case .tab:
            prompt.text.append(",")
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .control("u"):
            prompt.text = ""
        case .control("s"):
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

    private static func send(_ prompt: SyncObjectsPrompt, in state: inout AppState) -> [Effect] {
        guard case .success(let batches) = prompt.batches else { return [] }
        var prompt = prompt
        prompt.dialog.phase = .sending
        state.overlay = .syncObjects(prompt)
        return [.syncObjects(prompt.dialog.key, batches)]
    }
}
