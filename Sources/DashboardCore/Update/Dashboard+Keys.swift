import MonitorCore
import OMSCore

extension Dashboard {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        state.notice = nil
        if key == .interrupt {
            state.shouldQuit = true
            return []
        }
        switch state.overlay {
        case .help:
            state.overlay = nil
            return []
        case .timeline(let scroll):
            scrollTimeline(key, from: scroll, in: &state)
            return []
        case .confirm(let dialog):
            return handle(key, dialog: dialog, in: &state)
        case .credentials(let prompt):
            return handle(key, prompt: prompt, in: &state)
        case .form(let form):
            return handle(key, form: form, in: &state)
        case .delete(let delete):
            return handle(key, delete: delete, in: &state)
        case .syncObjects(let prompt):
            return handle(key, prompt: prompt, in: &state)
        case nil:
            break
        }
        if state.isEditingFilter { return editFilter(key, in: &state) }
        let page = max(1, state.layout.tableRows - 1)
        switch key {
        case .up, .character("k"): moveSelection(by: -1, in: &state)
        case .down, .character("j"): moveSelection(by: 1, in: &state)
        case .pageUp: moveSelection(by: -page, in: &state)
        case .pageDown: moveSelection(by: page, in: &state)
        case .home, .character("g"): moveSelection(to: 0, in: &state)
        case .end, .character("G"): moveSelection(to: state.rows.count - 1, in: &state)
        case .enter: if state.selection != nil { state.focus = .detail }
        case .escape:
            if state.focus == .detail {
                state.focus = .table
            } else if !state.filter.isEmpty {
                state.filter = ""
                state.refilter()
            }
            state.clampScroll()
        case .character("/"):
            state.isEditingFilter = true
            state.focus = .table
        case .character("o"):
            state.sort = state.sort.next
            state.refreshRows()
        case .character("O"):
            state.sortDescending.toggle()
            state.refreshRows()
        case .character("+"), .character("="):
            state.window = state.window.wider
        case .character("-"), .character("_"):
            state.window = state.window.narrower
        case .character("r"):
            refreshNow(&state)
        case .character("p"):
            state.paused.toggle()
            if !state.paused { refreshNow(&state) }
        case .character("s") where !state.readOnly:
            openDialog(.start, in: &state)
        case .character("x") where !state.readOnly:
            openDialog(.stop, in: &state)
        case .character("n") where !state.readOnly:
            openForm(cloning: false, in: &state)
        case .character("c") where !state.readOnly:
            openForm(cloning: true, in: &state)
        case .character("D") where !state.readOnly:
            openDelete(in: &state)
        case .character("f") where !state.readOnly:
            openSyncObjects(in: &state)
        case .character("?"):
            state.overlay = .help
        case .character("e"):
            state.overlay = .timeline(scroll: 0)
        case .character("a"):
            jumpToAttention(in: &state)
        case .character("q"):
            state.shouldQuit = true
        default:
            break
        }
        return []
    }

    static func moveSelection(by delta: Int, in state: inout AppState) {
        guard let index = state.selectedIndex else {
            state.selection = state.rows.first
            return
        }
        moveSelection(to: index + delta, in: &state)
    }

    static func moveSelection(to index: Int, in state: inout AppState) {
        guard !state.rows.isEmpty else { return }
        state.selection = state.rows[max(0, min(state.rows.count - 1, index))]
        state.clampScroll()
    }

    static func refreshNow(_ state: inout AppState) {
        state.monitor.refreshNow(selected: state.selection)
    }

    private static func editFilter(_ key: Key, in state: inout AppState) -> [Effect] {
        switch key {
        case .character(let character):
            state.filter.append(character)
        case .backspace:
            if !state.filter.isEmpty { state.filter.removeLast() }
        case .enter:
            state.isEditingFilter = false
        case .escape:
            state.isEditingFilter = false
            state.filter = ""
        case .up, .down, .pageUp, .pageDown:
            state.isEditingFilter = false
            return handle(key, in: &state)
        default:
            break
        }
        state.refilter()
        return []
    }

    private static func openDialog(_ command: ConfirmDialog.Command, in state: inout AppState) {
        let wanted: SyncTaskStatus = command == .start ? .stopped : .synchronizing
        guard let (key, task) = selectedTask(wanted, in: &state, otherwise: { status in
            command == .start ? "s starts a stopped task; this one is \(status)" : "x stops a synchronizing task; this one is \(status)"
        }) else { return }
        state.overlay = .confirm(ConfirmDialog(command: command, key: key, route: TaskText.route(task)))
    }

    /// The selected task when its status is `wanted`; otherwise nil, with the notice `otherwise`
    /// words from the task's status.
    static func selectedTask(
        _ wanted: SyncTaskStatus, in state: inout AppState, otherwise: (String) -> String
    ) -> (TaskKey, SyncTask)? {
        guard let key = state.selection, let task = state.task(key) else { return nil }
        guard task.status == wanted else {
            state.notice = otherwise(TaskText.status(task))
            return nil
        }
        return (key, task)
    }

    /// A dialog that is sending ignores keys; one that failed closes on any key, and `q` also
    /// quits. Returns whether the dialog still asks, and so takes the key.
    static func isAsking(_ phase: ConfirmDialog.Phase, after key: Key, in state: inout AppState) -> Bool {
        switch phase {
        case .asking:
            return true
        case .sending:
            return false
        case .failed:
            state.overlay = nil
            if key == .character("q") { state.shouldQuit = true }
            return false
        }
    }

    static func handle(_ key: Key, dialog: ConfirmDialog, in state: inout AppState) -> [Effect] {
        var dialog = dialog
        guard isAsking(dialog.phase, after: key, in: &state) else { return [] }
        switch key {
        case .character("y"), .character("Y"):
            return confirm(dialog, in: &state)
        case .character("n"), .character("N"), .escape, .character("q"):
            state.overlay = nil
        case .tab, .backTab, .left, .right:
            dialog.focused = dialog.focused == .cancel ? .confirm : .cancel
            state.overlay = .confirm(dialog)
        case .enter:
            if dialog.focused == .confirm { return confirm(dialog, in: &state) }
            state.overlay = nil
        default:
            break
        }
        return []
    }

    private static func confirm(_ dialog: ConfirmDialog, in state: inout AppState) -> [Effect] {
        var dialog = dialog
        if dialog.command == .start && !state.startKeys.covers(dialog.key.id) {
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

    private static func handle(_ key: Key, prompt: CredentialPrompt, in state: inout AppState) -> [Effect] {
        var prompt = prompt
        switch key {
        case .escape:
            state.overlay = nil
            return []
        case .character(let character):
            prompt.values[prompt.field].append(character)
        case .backspace:
            if !prompt.values[prompt.field].isEmpty { prompt.values[prompt.field].removeLast() }
        case .up, .backTab:
            prompt.field = max(0, prompt.field - 1)
        case .tab, .down:
            prompt.field = min(CredentialPrompt.labels.count - 1, prompt.field + 1)
        case .enter:
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
