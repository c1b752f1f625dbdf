import OMSCore

/// The confirmation dialog and the masked start-keys prompt, centered above everything.
enum DialogView {
    /// Where a box of lines sits on a screen: its left column, top row and inner width.
    struct Frame: Equatable {
        var x: Int
        var y: Int
        var inner: Int

        init(lines: [(String, Style)], width: Int, height: Int) {
            inner = min(width - 6, max(44, lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2)
            x = max(0, (width - inner - 2) / 2)
            y = max(0, (height - lines.count - 2) / 2)
        }

        /// The screen row of a line of the box.
        func row(ofLine index: Int) -> Int { y + 1 + index }
        /// The screen column where the text of a line begins.
        var textColumn: Int { x + 2 }
    }

    /// The first line below a dialog's three lines of heading: the confirmation's buttons, the
    /// prompt's first field.
    static let firstBodyLine = 3

    static func lines(_ dialog: ConfirmDialog, state: AppState) -> [(String, Style)] {
        let body = dialog.phase == .asking
            ? [(buttons(dialog, language: state.session.language).map { $0.text }.joined(separator: "     "), Style.dialog)]
            : outcome(dialog, state: state)
        return heading(dialog, naming: TaskText.shortID(dialog.key.id), language: state.session.language) + body
    }

    /// A dialog's three lines of heading: the question, the task's route, a blank.
    static func heading(_ dialog: ConfirmDialog, naming id: String, language: Language) -> [(String, Style)] {
        let question = language.text(.dialogQuestion, ["verb": language.text(dialog.command.verb), "id": id])
        return [(question, .dialog), (dialog.route, .dialog), ("", .dialog)]
    }

    /// The title of a dialog's box: "Stop task".
    static func title(_ command: ConfirmDialog.Command, language: Language) -> String {
        language.text(.dialogTitle, ["verb": language.text(command.verb)])
    }

    /// The lines of a dialog past asking: waiting for OMS, or what it answered.
    static func outcome(_ dialog: ConfirmDialog, state: AppState) -> [(String, Style)] {
        let symbols = Symbols(unicode: state.session.unicode)
        let words = state.session.language
        let closes = words.text(.dialogCloses) + (KeyHints(state).hint(.quit, .hintQuits).map { ", \($0)" } ?? "")
        return switch dialog.phase {
        case .asking: []
        case .sending: [(words.text(.dialogWaiting, ["verb": words.text(dialog.command.progressive)]), .dialog)]
        case .failed(let error): [("\(symbols.cross) \(error.text(in: words))", .failure), (closes, .dialog)]
        }
    }

    /// The buttons as drawn, the focused one in brackets, each with its column offset in the line.
    static func buttons(_ dialog: ConfirmDialog, language: Language) -> [(button: ConfirmDialog.Button, text: String, offset: Int)] {
        let labels: [(ConfirmDialog.Button, String)] = [(.cancel, language.text(.dialogCancel)), (.confirm, language.text(dialog.command.verb))]
        var offset = 0
        return labels.map { button, label in
            let text = dialog.focused == button ? "[ \(label) ]" : "  \(label)  "
            defer { offset += DisplayWidth.of(text) + 5 }
            return (button, text, offset)
        }
    }

    /// The button of an asking dialog under a screen cell, if any.
    static func button(at x: Int, y: Int, _ dialog: ConfirmDialog, state: AppState) -> ConfirmDialog.Button? {
        button(at: x, y: y, dialog, lines: lines(dialog, state: state), state: state)
    }

    /// The button under a screen cell of an asking dialog drawn as `lines`, its buttons on the
    /// first line of its body.
    static func button(at x: Int, y: Int, _ dialog: ConfirmDialog, lines: [(String, Style)], state: AppState) -> ConfirmDialog.Button? {
        guard case .asking = dialog.phase else { return nil }
        let frame = Frame(lines: lines, width: state.viewport.width, height: state.viewport.height)
        guard y == frame.row(ofLine: firstBodyLine) else { return nil }
        return buttons(dialog, language: state.session.language).first { button in
            let start = frame.textColumn + button.offset
            return (start..<start + DisplayWidth.of(button.text)).contains(x)
        }?.button
    }

    static func draw(_ dialog: ConfirmDialog, state: AppState, into grid: inout Grid) {
        let symbols = Symbols(unicode: state.session.unicode)
        let frame = drawBox(title: title(dialog.command, language: state.session.language), lines: lines(dialog, state: state), into: &grid, symbols: symbols)
        highlightFocusedButton(dialog, frame: frame, language: state.session.language, into: &grid)
    }

    /// Draws the focused button of an asking dialog in its own style.
    static func highlightFocusedButton(_ dialog: ConfirmDialog, frame: Frame, language: Language, into grid: inout Grid) {
        guard case .asking = dialog.phase, let focused = buttons(dialog, language: language).first(where: { $0.button == dialog.focused })
        else { return }
        let start = frame.textColumn + focused.offset
        grid.restyle(
            row: frame.row(ofLine: firstBodyLine), style: .dialogButtonFocused, from: start, to: start + DisplayWidth.of(focused.text))
    }

    static func lines(_ prompt: CredentialPrompt, state: AppState) -> [(String, Style)] {
        let symbols = Symbols(unicode: state.session.unicode)
        let words = state.session.language
        var lines: [(String, Style)] = [
            (words.text(.keysMissing, ["id": TaskText.shortID(prompt.dialog.key.id)]), .dialog),
            (words.text(.keysNotKept), .dialog),
            ("", .dialog),
        ]
        let labels = CredentialPrompt.labels.map { words.text($0) }
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        for (index, label) in labels.enumerated() {
            let value = prompt.values[index]
            let shown = String(repeating: symbols.mask, count: min(value.count, 24))
            let cursor = index == prompt.field ? symbols.cursor : ""
            lines.append((DisplayWidth.fit(label, to: labelWidth) + shown + cursor, index == prompt.field ? .dialogButtonFocused : .dialog))
        }
        return lines
    }

    /// The prompt's field on a screen row, if any.
    static func field(atRow y: Int, _ prompt: CredentialPrompt, state: AppState) -> Int? {
        let frame = Frame(lines: lines(prompt, state: state), width: state.viewport.width, height: state.viewport.height)
        let index = y - frame.row(ofLine: firstBodyLine)
        return CredentialPrompt.labels.indices.contains(index) ? index : nil
    }

    static func draw(_ prompt: CredentialPrompt, state: AppState, into grid: inout Grid) {
        drawBox(title: title(.start, language: state.session.language), lines: lines(prompt, state: state), into: &grid, symbols: Symbols(unicode: state.session.unicode))
    }

    /// Draws a framed box in the middle of the grid and returns where it went.
    @discardableResult
    static func drawBox(title: String, lines: [(String, Style)], into grid: inout Grid, symbols: Symbols) -> Frame {
        let frame = Frame(lines: lines, width: grid.width, height: grid.height)
        let (x, y, inner) = (frame.x, frame.y, frame.inner)
        let height = lines.count + 2
        let (tl, tr, bl, br) = symbols.corners
        grid.fill(x: x, y: y, width: inner + 2, height: height, style: .dialog)
        let top = tl + " \(title) " + String(repeating: symbols.horizontal, count: max(0, inner - DisplayWidth.of(title) - 2)) + tr
        grid.put(top, x: x, y: y, style: .dialog)
        for (index, line) in lines.enumerated() {
            let row = frame.row(ofLine: index)
            grid.put(symbols.vertical, x: x, y: row, style: .dialog)
            grid.put(" " + line.0, x: x + 1, y: row, style: line.1, maxWidth: inner)
            grid.put(symbols.vertical, x: x + inner + 1, y: row, style: .dialog)
        }
        grid.put(bl + String(repeating: symbols.horizontal, count: inner) + br, x: x, y: y + height - 1, style: .dialog)
        return frame
    }
}
