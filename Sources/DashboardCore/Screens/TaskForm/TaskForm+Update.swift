import MonitorCore
import OMSCore

/// `n` and `c`: the form that creates a task, covering the screen. `create_task` opens it empty,
/// `clone_task` as a clone of the selected task; Tab, Shift-Tab and the arrows move, Space toggles
/// and cycles, the text keys edit, `review` reviews, `confirm` sends the one POST.
extension TaskForm: OverlayComponent {
    var overlay: Overlay { .form(self) }

    var coversScreen: Bool { true }

    /// The form on the session's profiles, empty or cloning a task; or why it does not open.
    static func open(cloning task: (TaskKey, SyncTask)?, in state: AppState) -> Opening {
        let (width, height) = (state.viewport.width, state.viewport.height)
        guard FormView.fits(width: width, height: height) else { return .notice(.formNeedsRoom(width: width, height: height)) }
        var form = task.map { TaskForm(cloning: $0.1, key: $0.0, context: state.formContext) }
            ?? TaskForm(context: state.formContext, profile: state.table.selection?.profile)
        form.scroll = FormView.scroll(for: form, height: height, unicode: state.session.unicode)
        return .overlay(.form(form))
    }

    mutating func update(_ event: OverlayEvent, _ context: OverlayContext) -> OverlayOutcome {
        let outcome: OverlayOutcome
        switch event {
        case .key(let key):
            outcome = handle(key, context)
        case .mouse(let mouse) where mouse.kind != .press:
            turnWheel(by: mouse.kind == .wheelUp ? -1 : 1, context)
            outcome = .stay
        case .mouse(let mouse):
            if phase == .editing, let field = geometry(context).field(atRow: mouse.y) { focus = field }
            outcome = .stay
        case .created(.failure(let error)):
            // The form stays as typed, with the API's refusal under it.
            phase = .editing
            failure = error
            outcome = .stay
        case .created(.success):
            outcome = .close
        case .answered, .resized, .listsRead:
            outcome = .stay
        }
        keepInView(context)
        return outcome
    }

    private mutating func handle(_ key: Key, _ context: OverlayContext) -> OverlayOutcome {
        let keymap = context.keymap
        switch phase {
        case .sending:
            return .stay
        case .discarding:
            if keymap.action(for: key, on: .dialog) == .confirm { return .close }
            phase = .editing
        case .reviewing(let scroll):
            switch key {
            case _ where keymap.action(for: key, on: .dialog) == .confirm:
                phase = .sending
                return .sending(.createTask(self))
            case .up, .down, .pageUp, .pageDown:
                let step = key == .up ? -1 : key == .down ? 1 : key == .pageUp ? -10 : 10
                phase = .reviewing(scroll: FormView.clampReviewScroll(scroll + step, self, height: context.screen.height))
            default:
                phase = .editing
            }
        case .editing:
            let action = keymap.action(for: key, on: .text)
            switch action {
            case .review?: submit()
            case .leave?:
                guard isDirty else { return .close }
                phase = .discarding
            default: edit(key, action: action)
            }
        }
        return .stay
    }

    /// The form's moving keys, which no keymap changes, then the focused field's typing.
    private mutating func edit(_ key: Key, action: KeyAction?) {
        switch key {
        case .tab: move(by: 1, wrap: true)
        case .backTab: move(by: -1, wrap: true)
        case .down, .enter: move(by: 1, wrap: false)
        case .up: move(by: -1, wrap: false)
        case .pageDown: move(by: FormView.pageFields, wrap: false)
        case .pageUp: move(by: -FormView.pageFields, wrap: false)
        case .home: move(by: -fields.count, wrap: false)
        case .end: move(by: fields.count, wrap: false)
        default: type(key, action: action)
        }
    }

    /// The wheel moves between the fields, or scrolls the review; it answers no question.
    private mutating func turnWheel(by step: Int, _ context: OverlayContext) {
        switch phase {
        case .editing: move(by: step, wrap: false)
        case .reviewing(let scroll): phase = .reviewing(scroll: FormView.clampReviewScroll(scroll + step, self, height: context.screen.height))
        case .discarding, .sending: return
        }
    }

    /// Keeps the focused field in view, and the review within its lines, at the screen's height.
    private mutating func keepInView(_ context: OverlayContext) {
        let height = context.screen.height
        scroll = FormView.scroll(for: self, height: height, unicode: context.session.unicode)
        if case .reviewing(let scroll) = phase { phase = .reviewing(scroll: FormView.clampReviewScroll(scroll, self, height: height)) }
    }

    func layout(in rect: Rect, _ context: OverlayContext) -> FormGeometry {
        FormGeometry(form: self, rect: rect, context)
    }

    func draw(_ geometry: FormGeometry, _ context: OverlayContext, into grid: inout Grid) {
        FormView.draw(self, geometry, context, into: &grid)
    }

    /// It draws its own key hints.
    func hints(_ context: OverlayContext) -> [String?] { [] }
}

/// Where the form's parts are: whether it fits, and the lines of its fields from its scroll.
struct FormGeometry: Sendable {
    let rect: Rect
    let fits: Bool
    /// The fields' lines, before scrolling; the first in view is `scroll`.
    let lines: [FormView.Line]
    let scroll: Int

    init(form: TaskForm, rect: Rect, _ context: OverlayContext) {
        self.rect = rect
        fits = FormView.fits(width: rect.width, height: rect.height)
        lines = FormView.lines(form, unicode: context.session.unicode, language: context.words)
        scroll = form.scroll
    }

    /// The rows between the title and the three bottom lines.
    var contentHeight: Int { FormView.contentHeight(rect.height) }

    /// The field drawn on a screen row, if any.
    func field(atRow y: Int) -> TaskField? {
        guard fits, (1...contentHeight).contains(y - rect.y) else { return nil }
        let index = scroll + y - rect.y - 1
        return lines.indices.contains(index) ? lines[index].field : nil
    }
}
