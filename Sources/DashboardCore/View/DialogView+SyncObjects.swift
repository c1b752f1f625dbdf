import OMSCore

/// The prompt of `f`: the names as typed (their last lines when there are many), how many batches
/// they make, then the review with its buttons, the sending, or what OMS answered.
extension DialogView {
    /// The typed lines shown at most, the last ones.
    static let syncObjectsTextLines = 8

    static func lines(_ prompt: SyncObjectsPrompt, state: AppState) -> [(String, Style)] {
        let symbols = Symbols(unicode: state.unicode)
        let id = TaskText.shortID(prompt.dialog.key.id)
        let (names, batches) = (prompt.names.count, prompt.batchCount)
        let count = "\(names) name\(names == 1 ? "" : "s") in \(batches) batch\(batches == 1 ? "" : "es")"
        let heading: [(String, Style)] = [("Sync objects of task \(id)", .dialog), (prompt.dialog.route, .dialog), ("", .dialog)]
        switch prompt.dialog.phase {
        case .sending:
            return heading + [("Sending \(count)… waiting for OMS", .dialog)]
        case .failed:
            return heading + outcome(prompt.dialog, state: state)
        case .asking where prompt.reviewing:
            return [("Send \(count) to task \(id)?", .dialog), (prompt.dialog.route, .dialog), ("", .dialog),
                    (buttons(prompt.dialog).map(\.text).joined(separator: "     "), .dialog),
                    ("One POST a batch; OMS then synchronizes them from the source bucket.", .dialog)]
        case .asking:
            var lines: [(String, Style)] = [
                ("Object names for task \(id), one a line or separated by commas:", .dialog), (prompt.dialog.route, .dialog),
                ("", .dialog),
            ]
            let typed = prompt.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let shown = typed.suffix(syncObjectsTextLines)
            if typed.count > shown.count { lines.append(("… \(typed.count - shown.count) lines above", .dialog)) }
            for (index, line) in shown.enumerated() {
                lines.append((line + (index == shown.count - 1 ? symbols.cursor : ""), .dialogButtonFocused))
            }
            lines.append(("", .dialog))
            if let problem = prompt.problem {
                lines.append(("\(symbols.cross) \(message(problem))", .failure))
            } else {
                let keys = KeyHints(state)
                let hints = [keys.hint(.review), keys.label(.enter) + " new line", keys.hint(.clearField)]  // leave: in the status bar
                lines.append((([count] + hints.compactMap { $0 }).joined(separator: " · "), .dialog))
            }
            return lines
        }
    }

    /// A problem with the names, in words.
    static func message(_ problem: SyncObjectsPrompt.Problem) -> String {
        switch problem {
        case .noNames: "type or paste at least one object name"
        case .tooMany(let count):
            "\(count) names: the prompt takes \(SyncObjectsPrompt.maxNames); for more, omsdash sync-objects --from-file"
        case .name(let index, let problem): "name \(index): \(problem.message)"
        }
    }

    static func draw(_ prompt: SyncObjectsPrompt, state: AppState, into grid: inout Grid) {
        let symbols = Symbols(unicode: state.unicode)
        let frame = drawBox(title: "Sync objects", lines: lines(prompt, state: state), into: &grid, symbols: symbols)
        if prompt.reviewing { highlightFocusedButton(prompt.dialog, frame: frame, into: &grid) }
    }
}
