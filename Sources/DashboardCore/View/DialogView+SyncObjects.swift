import OMSCore

/// The prompt of `f`: the names as typed (their last lines when there are many), how many batches
/// they make, then the review with its buttons, the sending, or what OMS answered.
extension DialogView {
    /// The typed lines shown at most, the last ones.
    static let syncObjectsTextLines = 8

    static func lines(_ prompt: SyncObjectsPrompt, state: AppState) -> [(String, Style)] {
        let symbols = Symbols(unicode: state.session.unicode)
        let words = state.session.language
        let id = TaskText.shortID(prompt.dialog.key.id)
        let (names, batches) = (prompt.names.count, prompt.batchCount)
        let count = words.text(.syncCount, [
            "names": words.text(names == 1 ? .syncNameOne : .syncNames, ["count": String(names)]),
            "batches": words.text(batches == 1 ? .syncBatchOne : .syncBatches, ["count": String(batches)]),
        ])
        let heading: [(String, Style)] = [(words.text(.syncHeading, ["id": id]), .dialog), (prompt.dialog.route, .dialog), ("", .dialog)]
        switch prompt.dialog.phase {
        case .sending:
            return heading + [(words.text(.syncSending, ["count": count]), .dialog)]
        case .failed:
            return heading + outcome(prompt.dialog, state: state)
        case .asking where prompt.reviewing:
            return [(words.text(.syncQuestion, ["count": count, "id": id]), .dialog), (prompt.dialog.route, .dialog), ("", .dialog),
                    (buttons(prompt.dialog, language: words).map(\.text).joined(separator: "     "), .dialog),
                    (words.text(.syncHow), .dialog)]
        case .asking:
            var lines: [(String, Style)] = [(words.text(.syncPrompt, ["id": id]), .dialog), (prompt.dialog.route, .dialog), ("", .dialog)]
            let typed = prompt.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let shown = typed.suffix(syncObjectsTextLines)
            if typed.count > shown.count { lines.append((words.text(.syncLinesAbove, ["count": String(typed.count - shown.count)]), .dialog)) }
            for (index, line) in shown.enumerated() {
                lines.append((line + (index == shown.count - 1 ? symbols.cursor : ""), .dialogButtonFocused))
            }
            lines.append(("", .dialog))
            if let problem = prompt.problem {
                lines.append(("\(symbols.cross) \(message(problem, language: words))", .failure))
            } else {
                let keys = KeyHints(state)
                let hints = [keys.hint(.review), keys.label(.enter) + " " + words.text(.syncNewLine), keys.hint(.clearField)]  // leave: in the status bar
                lines.append((([count] + hints.compactMap { $0 }).joined(separator: " · "), .dialog))
            }
            return lines
        }
    }

    /// A problem with the names, in words.
    static func message(_ problem: SyncObjectsPrompt.Problem, language: Language) -> String {
        switch problem {
        case .noNames: language.text(.syncNoNames)
        case .tooMany(let count): language.text(.syncTooMany, ["count": String(count), "most": String(SyncObjectsPrompt.maxNames)])
        case .name(let index, let problem): language.text(.syncBadName, ["index": String(index), "problem": problem.wording.text(language)])
        }
    }

    static func draw(_ prompt: SyncObjectsPrompt, state: AppState, into grid: inout Grid) {
        let symbols = Symbols(unicode: state.session.unicode)
        let frame = drawBox(title: state.session.language.text(.syncTitle), lines: lines(prompt, state: state), into: &grid, symbols: symbols)
        if prompt.reviewing { highlightFocusedButton(prompt.dialog, frame: frame, language: state.session.language, into: &grid) }
    }
}
