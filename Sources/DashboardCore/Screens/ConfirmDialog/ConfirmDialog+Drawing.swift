import OMSCore

/// A dialog's box: its question and the task's route, then its buttons while it asks, that its
/// request is out, or what OMS answered. The words every dialog shares are here.
extension ConfirmDialog {
    /// The first line below a dialog's three lines of heading: the buttons, a prompt's first field.
    static let firstBodyLine = 3

    func layout(in rect: Rect, _ context: OverlayContext) -> DialogGeometry {
        let body = phase == .asking ? [DialogButtons(self, language: context.words).line] : outcome(context)
        let box = DialogBox(title: title(context.words), lines: heading(naming: TaskText.shortID(key.id), context.words) + body, in: rect)
        return DialogGeometry(box: box, buttons: phase == .asking ? DialogButtons(self, language: context.words) : nil)
    }

    func draw(_ geometry: DialogGeometry, _ context: OverlayContext, into grid: inout Grid) {
        geometry.draw(into: &grid, symbols: context.symbols)
    }

    func hints(_ context: OverlayContext) -> [String?] {
        let keys = context.keys
        return hints(context) {
            [keys.hint(.confirm, context.words.text(command.verb).lowercased()), keys.hint(.cancel), keys.hint(.switchButton), keys.hint(.pressButton)]
        }
    }

    /// A dialog's hints: `asking`'s while it asks, then that its request is out, then, after a
    /// failure, that any key closes it.
    func hints(_ context: OverlayContext, asking: () -> [String?]) -> [String?] {
        switch phase {
        case .asking: asking()
        case .sending: [context.words.text(.hintSending)]
        case .failed: [context.words.text(.hintAnyKeyCloses), context.keys.hint(.quit, .hintQuits)]
        }
    }

    /// A dialog's three lines of heading: the question, the task's route, a blank.
    func heading(naming id: String, _ language: Language) -> [DialogBox.Line] {
        let question = language.text(.dialogQuestion, ["verb": language.text(command.verb), "id": id])
        return [(question, .dialog), (route, .dialog), ("", .dialog)]
    }

    /// The title of a dialog's box: "Stop task".
    func title(_ language: Language) -> String {
        language.text(.dialogTitle, ["verb": language.text(command.verb)])
    }

    /// The lines of a dialog past asking: waiting for OMS, or what it answered.
    func outcome(_ context: OverlayContext) -> [DialogBox.Line] {
        let words = context.words
        let closes = words.text(.dialogCloses) + (context.keys.hint(.quit, .hintQuits).map { ", \($0)" } ?? "")
        return switch phase {
        case .asking: []
        case .sending: [(words.text(.dialogWaiting, ["verb": words.text(command.progressive)]), .dialog)]
        case .failed(let error): [("\(context.symbols.cross) \(error.text(in: words))", .failure), (closes, .dialog)]
        }
    }
}
