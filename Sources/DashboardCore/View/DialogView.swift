/// The confirmation dialog and the masked start-keys prompt, centered above everything.
enum DialogView {
    static func draw(_ dialog: ConfirmDialog, state: AppState, into grid: inout Grid) {
        let symbols = Symbols(unicode: state.unicode)
        var lines: [(String, Style)] = [
            ("\(dialog.verb) task \(TaskText.shortID(dialog.key.id))?", .dialog),
            (dialog.route, .dialog),
            ("", .dialog),
        ]
        switch dialog.phase {
        case .asking:
            let cancel = dialog.focused == .cancel ? "[ Cancel ]" : "  Cancel  "
            let confirm = dialog.focused == .confirm ? "[ \(dialog.verb) ]" : "  \(dialog.verb)  "
            lines.append(("\(cancel)     \(confirm)", .dialog))
        case .sending:
            lines.append(("\(dialog.verb == "Start" ? "Starting" : "Stopping")… waiting for OMS", .dialog))
        case .failed(let error):
            lines.append(("\(symbols.cross) \(error.message)", .dialog))
            lines.append(("any key closes, q quits", .dialog))
        }
        drawBox(title: "\(dialog.verb) task", lines: lines, into: &grid, symbols: symbols) { grid, x, y in
            guard case .asking = dialog.phase else { return }
            let row = y + 3
            let text = grid.text(row: row)
            if let range = text.firstRange(of: dialog.focused == .cancel ? "[ Cancel ]" : "[ \(dialog.verb) ]") {
                let start = DisplayWidth.of(text[..<range.lowerBound])
                grid.restyle(row: row, style: .dialogButtonFocused, from: start, to: start + DisplayWidth.of(text[range]))
            }
        }
    }

    static func draw(_ prompt: CredentialPrompt, state: AppState, into grid: inout Grid) {
        let symbols = Symbols(unicode: state.unicode)
        var lines: [(String, Style)] = [
            ("No start keys in the config for \(TaskText.shortID(prompt.dialog.key.id)).", .dialog),
            ("They are sent once and not kept.", .dialog),
            ("", .dialog),
        ]
        for (index, label) in CredentialPrompt.labels.enumerated() {
            let value = prompt.values[index]
            let shown = CredentialPrompt.masked[index] ? String(repeating: symbols.mask, count: min(value.count, 24)) : value
            let cursor = index == prompt.field ? (state.unicode ? "▏" : "_") : ""
            lines.append((DisplayWidth.fit(label, to: 15) + shown + cursor, index == prompt.field ? .dialogButtonFocused : .dialog))
        }
        drawBox(title: "Start task", lines: lines, into: &grid, symbols: symbols) { _, _, _ in }
    }

    /// Draws a framed box in the middle of the grid; `decorate` may restyle inside it.
    static func drawBox(
        title: String, lines: [(String, Style)], into grid: inout Grid, symbols: Symbols,
        decorate: (inout Grid, Int, Int) -> Void
    ) {
        let inner = min(grid.width - 6, max(44, lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2)
        let height = lines.count + 2
        let x = max(0, (grid.width - inner - 2) / 2)
        let y = max(0, (grid.height - height) / 2)
        let (tl, tr, bl, br) = symbols.corners
        grid.fill(x: x, y: y, width: inner + 2, height: height, style: .dialog)
        let top = tl + " \(title) " + String(repeating: symbols.horizontal, count: max(0, inner - DisplayWidth.of(title) - 2)) + tr
        grid.put(top, x: x, y: y, style: .dialog)
        for (index, line) in lines.enumerated() {
            grid.put(symbols.vertical, x: x, y: y + 1 + index, style: .dialog)
            grid.put(" " + line.0, x: x + 1, y: y + 1 + index, style: line.1, maxWidth: inner)
            grid.put(symbols.vertical, x: x + inner + 1, y: y + 1 + index, style: .dialog)
        }
        grid.put(bl + String(repeating: symbols.horizontal, count: inner) + br, x: x, y: y + height - 1, style: .dialog)
        decorate(&grid, x, y)
    }
}
