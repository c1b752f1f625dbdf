import MonitorCore
import OMSCore

/// The create form's keys: `create_task` opens it empty, `clone_task` as a clone of the selected
/// task; Tab, Shift-Tab and the arrows move, Space toggles and cycles, `review` reviews, `confirm`
/// sends the one POST.
extension Dashboard {
    static func openForm(cloning: Bool, in state: inout AppState) {
        guard FormView.fits(width: state.viewport.width, height: state.viewport.height) else {
            state.status.notice = .formNeedsRoom(width: state.viewport.width, height: state.viewport.height)
            return
        }
        var form: TaskForm
        if cloning {
            guard let key = state.table.selection, let task = state.task(key) else {
                state.status.notice = .cloneNeedsSelection
                return
            }
            form = TaskForm(cloning: task, key: key, context: state.formContext)
        } else {
            form = TaskForm(context: state.formContext, profile: state.table.selection?.profile)
        }
        form.scroll = FormView.scroll(for: form, height: state.viewport.height, unicode: state.session.unicode)
        state.overlay = .form(form)
    }

    static func handle(_ key: Key, form: TaskForm, in state: inout AppState) -> [Effect] {
        var form = form
        switch form.phase {
        case .sending:
            return []
        case .discarding:
            if state.session.keymap.action(for: key, on: .dialog) == .confirm {
                state.overlay = nil
                return []
            }
            form.phase = .editing
        case .reviewing(let scroll):
            switch key {
            case _ where state.session.keymap.action(for: key, on: .dialog) == .confirm:
                form.phase = .sending
                state.overlay = .form(form)
                return [.createTask(form)]
            case .up, .down, .pageUp, .pageDown:
                let step = key == .up ? -1 : key == .down ? 1 : key == .pageUp ? -10 : 10
                form.phase = .reviewing(scroll: FormView.clampReviewScroll(scroll + step, form, height: state.viewport.height))
            default:
                form.phase = .editing
            }
        case .editing:
            edit(key, &form, state: &state)
            if state.overlay == nil { return [] }
        }
        form.scroll = FormView.scroll(for: form, height: state.viewport.height, unicode: state.session.unicode)
        state.overlay = .form(form)
        return []
    }

    private static func edit(_ key: Key, _ form: inout TaskForm, state: inout AppState) {
        switch state.session.keymap.action(for: key, on: .text) {
        case .review?: form.submit()
        case .leave?: if form.isDirty { form.phase = .discarding } else { state.overlay = nil }
        case .clearField?: form.apply(.clear)
        default: type(key, &form)
        }
    }

    /// The form's editing keys, which no keymap changes: moving between fields, changing choices, typing.
    private static func type(_ key: Key, _ form: inout TaskForm) {
        switch key {
        case .tab: form.move(by: 1, wrap: true)
        case .backTab: form.move(by: -1, wrap: true)
        case .down, .enter: form.move(by: 1, wrap: false)
        case .up: form.move(by: -1, wrap: false)
        case .pageDown: form.move(by: FormView.pageFields, wrap: false)
        case .pageUp: form.move(by: -FormView.pageFields, wrap: false)
        case .home: form.move(by: -form.fields.count, wrap: false)
        case .end: form.move(by: form.fields.count, wrap: false)
        case .left: form.step(by: -1)
        case .right: form.step(by: 1)
        default: if let edit = TextEdit(key, action: nil) { form.apply(edit) }
        }
    }

    /// The wheel moves between the fields, or scrolls the review; it answers no question.
    static func turnWheel(by step: Int, form: TaskForm, in state: inout AppState) {
        var form = form
        switch form.phase {
        case .editing: form.move(by: step, wrap: false)
        case .reviewing(let scroll): form.phase = .reviewing(scroll: FormView.clampReviewScroll(scroll + step, form, height: state.viewport.height))
        case .discarding, .sending: return
        }
        form.scroll = FormView.scroll(for: form, height: state.viewport.height, unicode: state.session.unicode)
        state.overlay = .form(form)
    }

    /// After a resize, keeps the focused field of an open form in view.
    static func rescrollForm(in state: inout AppState) {
        guard case .form(var form) = state.overlay else { return }
        form.scroll = FormView.scroll(for: form, height: state.viewport.height, unicode: state.session.unicode)
        if case .reviewing(let scroll) = form.phase {
            form.phase = .reviewing(scroll: FormView.clampReviewScroll(scroll, form, height: state.viewport.height))
        }
        state.overlay = .form(form)
    }
}
