/// The start-keys prompt, when the config has no keys for the task: four masked fields.
extension CredentialPrompt: OverlayComponent {
    func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        Dashboard.handle(key, prompt: self, in: &state)
    }

    /// A click picks the field under it.
    func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        guard mouse.kind == .press, let field = DialogView.field(atRow: mouse.y, self, state: state) else { return [] }
        var prompt = self
        prompt.field = field
        state.overlay = .credentials(prompt)
        return []
    }

    func hints(_ keys: KeyHints, in state: AppState) -> [String?] {
        let words = state.session.language
        return [
            words.text(.hintTypeKeys), keys.label(.enter) + " " + words.text(.hintNextSend),
            keys.label(.up) + keys.label(.down) + " " + words.text(.hintField), keys.hint(.leave),
        ]
    }

    func draw(_ state: AppState, into grid: inout Grid) {
        DialogView.draw(self, state: state, into: &grid)
    }
}
