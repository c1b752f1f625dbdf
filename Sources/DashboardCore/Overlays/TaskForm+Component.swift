/// `n` and `c`: the form that creates a task, covering the screen; it draws its own key hints.
extension TaskForm: OverlayComponent {
    func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        Dashboard.handle(key, form: self, in: &state)
    }

    /// The wheel moves between the fields or scrolls the review; a click picks a field.
    func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        if mouse.kind != .press {
            Dashboard.turnWheel(by: mouse.kind == .wheelUp ? -1 : 1, form: self, in: &state)
            return []
        }
        guard phase == .editing, let field = FormView.field(atRow: mouse.y, self, state: state) else { return [] }
        var form = self
        form.focus = field
        state.overlay = .form(form)
        return []
    }

    func hints(_ keys: KeyHints, in state: AppState) -> [String?] { [] }

    var coversScreen: Bool { true }

    func draw(_ state: AppState, into grid: inout Grid) {
        FormView.draw(self, state: state, into: &grid)
    }
}
