import MonitorCore
import OMSCore

/// Keys become actions through the keymap, screen by screen; the actions do the work, so a click
/// can do the same without pretending to be a key.
extension Dashboard {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        state.notice = nil
        if key == .interrupt {
            state.shouldQuit = true
            return []
        }
        switch state.overlay {
        case .help(let scroll):
            scrollHelp(state.keymap.action(for: key, on: .help), from: scroll, in: &state)
            return []
        case .timeline(let scroll):
            scrollTimeline(state.keymap.action(for: key, on: .timeline), from: scroll, in: &state)
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
        guard let action = state.keymap.action(for: key, on: state.focus == .detail ? .detail : .table) else { return [] }
        perform(action, in: &state)
        return []
    }

    /// Does what an action of the table or the detail pane asks.
    static func perform(_ action: KeyAction, in state: inout AppState) {
        let page = max(1, state.layout.tableRows - 1)
        switch action {
        case .moveUp: moveSelection(by: -1, in: &state)
        case .moveDown: moveSelection(by: 1, in: &state)
        case .pageUp: moveSelection(by: -page, in: &state)
        case .pageDown: moveSelection(by: page, in: &state)
        case .first: moveSelection(to: 0, in: &state)
        case .last: moveSelection(to: state.rows.count - 1, in: &state)
        case .detail: if state.selection != nil { state.focus = .detail }
        case .back:
            if state.focus == .detail {
                state.focus = .table
            } else if !state.filter.isEmpty {
                state.filter = ""
                state.refilter()
            }
            state.clampScroll()
        case .filter:
            state.isEditingFilter = true
            state.focus = .table
        case .sortNext:
            state.sort = state.sort.next
            state.refreshRows()
        case .sortReverse:
            state.sortDescending.toggle()
            state.refreshRows()
        case .windowWider: state.window = state.window.wider
        case .windowNarrower: state.window = state.window.narrower
        case .refresh: refreshNow(&state)
        case .pause:
            state.paused.toggle()
            if !state.paused { refreshNow(&state) }
        case .startTask where !state.readOnly: openDialog(.start, in: &state)
        case .stopTask where !state.readOnly: openDialog(.stop, in: &state)
        case .createTask where !state.readOnly: openForm(cloning: false, in: &state)
        case .cloneTask where !state.readOnly: openForm(cloning: true, in: &state)
        case .deleteTask where !state.readOnly: openDelete(in: &state)
        case .syncObjects where !state.readOnly: openSyncObjects(in: &state)
        case .help: state.overlay = .help(scroll: 0)
        case .timeline: state.overlay = .timeline(scroll: 0)
        case .nextAlert: jumpToAttention(in: &state)
        case .quit: state.shouldQuit = true
        default: break
        }
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

    /// The filter takes printable keys; Enter keeps it, `leave` (Esc) clears it, and the arrows
    /// and page keys end the editing and move.
    private static func editFilter(_ key: Key, in state: inout AppState) -> [Effect] {
        switch (state.keymap.action(for: key, on: .text), key) {
        case (.leave?, _):
            state.isEditingFilter = false
            state.filter = ""
        case (.clearField?, _):
            state.filter = ""
        case (_, .character(let character)):
            state.filter.append(character)
        case (_, .backspace):
            if !state.filter.isEmpty { state.filter.removeLast() }
        case (_, .enter):
            state.isEditingFilter = false
        case (_, .up), (_, .down), (_, .pageUp), (_, .pageDown):
            state.isEditingFilter = false
            perform([.up: .moveUp, .down: .moveDown, .pageUp: .pageUp, .pageDown: .pageDown][key] ?? .moveDown, in: &state)
        default:
            break
        }
        state.refilter()
        return []
    }

    private static func openDialog(_ command: ConfirmDialog.Command, in state: inout AppState) {
        let wanted: SyncTaskStatus = command == .start ? .stopped : .synchronizing
        let key = state.keymap.label(command == .start ? .startTask : .stopTask, unicode: state.unicode)
        guard let (key, task) = selectedTask(wanted, in: &state, otherwise: { status in
            command == .start ? "\(key) starts a stopped task; this one is \(status)" : "\(key) stops a synchronizing task; this one is \(status)"
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
            if state.keymap.keys(for: .quit).contains(key) { state.shouldQuit = true }
            return false
        }
    }

    static func handle(_ key: Key, dialog: ConfirmDialog, in state: inout AppState) -> [Effect] {
        var dialog = dialog
        guard isAsking(dialog.phase, after: key, in: &state) else { return [] }
        switch state.keymap.action(for: key, on: .dialog) {
        case .confirm?:
            return confirm(dialog, in: &state)
        case .cancel?:
            state.overlay = nil
        case .switchButton?:
            dialog.focused = dialog.focused == .cancel ? .confirm : .cancel
            state.overlay = .confirm(dialog)
        case .pressButton?:
            return press(dialog, in: &state)
        default:
            break
        }
        return []
    }

    /// The dialog's focused button, pressed by its key or a click.
    static func press(_ dialog: ConfirmDialog, in state: inout AppState) -> [Effect] {
        if dialog.focused == .confirm { return confirm(dialog, in: &state) }
        state.overlay = nil
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
        switch (state.keymap.action(for: key, on: .text), key) {
        case (.leave?, _):
            state.overlay = nil
            return []
        case (.clearField?, _):
            prompt.values[prompt.field] = ""
        case (_, .character(let character)):
            prompt.values[prompt.field].append(character)
        case (_, .backspace):
            if !prompt.values[prompt.field].isEmpty { prompt.values[prompt.field].removeLast() }
        case (_, .up), (_, .backTab):
            prompt.field = max(0, prompt.field - 1)
        case (_, .tab), (_, .down):
            prompt.field = min(CredentialPrompt.labels.count - 1, prompt.field + 1)
        case (_, .enter):
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
