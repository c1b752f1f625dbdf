import OMSCore

/// The prompt of `f`: the names as typed (the lines around the cursor when there are many), how
/// many batches they make, then the review with its buttons, the sending, or what OMS answered.
extension SyncObjectsPrompt {
    /// The typed lines shown at most.
    static let textLines = 8

    func layout(in rect: Rect, _ context: OverlayContext) -> DialogGeometry {
        let box = DialogBox(title: context.words.text(.syncTitle), lines: lines(context), in: rect)
        let asks = reviewing && dialog.phase == .asking
        return DialogGeometry(box: box, buttons: asks ? DialogButtons(dialog, language: context.words) : nil)
    }

    func draw(_ geometry: DialogGeometry, _ context: OverlayContext, into grid: inout Grid) {
        geometry.draw(into: &grid, symbols: context.symbols)
    }

    func hints(_ context: OverlayContext) -> [String?] {
        let keys = context.keys
        return dialog.hints(context) {
            reviewing
                ? [keys.hint(.confirm, .hintSend), keys.hint(.cancel, .hintBack), keys.hint(.switchButton), keys.hint(.pressButton)]
                : [context.words.text(.hintTypeNames), keys.hint(.review), keys.hint(.leave)]
        }
    }

    private func lines(_ context: OverlayContext) -> [DialogBox.Line] {
        let words = context.words
        let id = TaskText.shortID(dialog.key.id)
        let (names, batches) = (self.names.count, batchCount)
        let count = words.text(.syncCount, [
            "names": words.text(names == 1 ? .syncNameOne : .syncNames, ["count": String(names)]),
            "batches": words.text(batches == 1 ? .syncBatchOne : .syncBatches, ["count": String(batches)]),
        ])
        let heading: [DialogBox.Line] = [(words.text(.syncHeading, ["id": id]), .dialog), (dialog.route, .dialog), ("", .dialog)]
        switch dialog.phase {
        case .sending:
            return heading + [(words.text(.syncSending, ["count": count]), .dialog)]
        case .failed:
            return heading + dialog.outcome(context)
        case .asking where reviewing:
            return [(words.text(.syncQuestion, ["count": count, "id": id]), .dialog), (dialog.route, .dialog), ("", .dialog),
                    DialogButtons(dialog, language: words).line, (words.text(.syncHow), .dialog)]
        case .asking:
            return [(words.text(.syncPrompt, ["id": id]), .dialog), (dialog.route, .dialog), ("", .dialog)]
                + typedLines(context) + [("", .dialog), footer(count: count, context)]
        }
    }

    /// The typed lines in view: the last ones, or those that end at the cursor's line when it is
    /// further up; the cursor drawn where it is.
    private func typedLines(_ context: OverlayContext) -> [DialogBox.Line] {
        let (typed, cursorLine, cursorColumn) = field.lines
        let end = max(min(typed.count, Self.textLines), cursorLine + 1)
        let first = max(0, end - Self.textLines)
        var lines: [DialogBox.Line] = []
        if first > 0 { lines.append((context.words.text(.syncLinesAbove, ["count": String(first)]), .dialog)) }
        for index in first..<end {
            var line = typed[index]
            if index == cursorLine {
                let at = line.index(line.startIndex, offsetBy: cursorColumn)
                line.insert(contentsOf: context.symbols.cursor, at: at)
            }
            lines.append((line, .dialogButtonFocused))
        }
        return lines
    }

    /// How many names and batches, and the keys; or why the names cannot be reviewed.
    private func footer(count: String, _ context: OverlayContext) -> DialogBox.Line {
        let (symbols, words) = (context.symbols, context.words)
        if let problem { return ("\(symbols.cross) \(message(problem, language: words))", .failure) }
        let keys = context.keys
        let hints = [keys.hint(.review), keys.label(.enter) + " " + words.text(.syncNewLine), keys.hint(.clearField)]  // leave: in the status bar
        return (([count] + hints.compactMap { $0 }).joined(separator: " \(symbols.dot) "), .dialog)
    }

    /// A problem with the names, in words.
    func message(_ problem: Problem, language: Language) -> String {
        switch problem {
        case .noNames: language.text(.syncNoNames)
        case .tooMany(let count): language.text(.syncTooMany, ["count": String(count), "most": String(Self.maxNames)])
        case .name(let index, let problem): language.text(.syncBadName, ["index": String(index), "problem": problem.wording.text(language)])
        }
    }
}
