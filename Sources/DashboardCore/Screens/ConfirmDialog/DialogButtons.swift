import OMSCore

/// A dialog's Cancel and confirming buttons on one line, the focused one in brackets, each with its
/// column in the line: drawn, highlighted and hit-tested from this one value.
struct DialogButtons: Sendable {
    /// The gap between the buttons.
    static let gap = 5

    let buttons: [(button: ConfirmDialog.Button, text: String, offset: Int)]
    let focused: ConfirmDialog.Button
    /// The line of the box they sit on.
    let lineIndex: Int

    init(_ dialog: ConfirmDialog, language: Language, lineIndex: Int = ConfirmDialog.firstBodyLine) {
        let labels: [(ConfirmDialog.Button, String)] = [(.cancel, language.text(.dialogCancel)), (.confirm, language.text(dialog.command.verb))]
        var offset = 0
        buttons = labels.map { button, label in
            let text = dialog.focused == button ? "[ \(label) ]" : "  \(label)  "
            defer { offset += DisplayWidth.of(text) + Self.gap }
            return (button, text, offset)
        }
        focused = dialog.focused
        self.lineIndex = lineIndex
    }

    /// The buttons as a line of the box.
    var line: DialogBox.Line {
        (buttons.map(\.text).joined(separator: String(repeating: " ", count: Self.gap)), .dialog)
    }

    /// The button under a screen cell of `box`, if any.
    func button(atX x: Int, y: Int, in box: DialogBox) -> ConfirmDialog.Button? {
        guard y == box.row(ofLine: lineIndex) else { return nil }
        return buttons.first { button in
            let start = box.textColumn + button.offset
            return (start..<start + DisplayWidth.of(button.text)).contains(x)
        }?.button
    }

    /// Draws the focused button in its own style.
    func highlight(in box: DialogBox, into grid: inout Grid) {
        guard let button = buttons.first(where: { $0.button == focused }) else { return }
        let start = box.textColumn + button.offset
        grid.restyle(row: box.row(ofLine: lineIndex), style: .dialogButtonFocused, from: start, to: start + DisplayWidth.of(button.text))
    }
}

/// Where a dialog is: its box, and its buttons while it asks a yes or no.
struct DialogGeometry: Sendable {
    let box: DialogBox
    let buttons: DialogButtons?

    /// The button under a screen cell, if any.
    func button(atX x: Int, y: Int) -> ConfirmDialog.Button? { buttons?.button(atX: x, y: y, in: box) }

    func draw(into grid: inout Grid, symbols: Symbols) {
        box.draw(into: &grid, symbols: symbols)
        buttons?.highlight(in: box, into: &grid)
    }
}
