import OMSCore

/// Every bound key, from the keymap, in a box above the dashboard: the table's and detail pane's
/// actions first, then those of the other screens. Scrolls when the window is too short for it.
enum HelpView {
    /// The screens the help groups keys under, after the table's, with their headings.
    static let sections: [(KeyScreen, Message)] = [(.timeline, .helpInTimeline), (.dialog, .helpInQuestion), (.text, .helpInText)]

    /// The lines the box holds, before scrolling.
    static func lines(_ state: AppState) -> [(String, Style)] {
        let (keymap, words) = (state.session.keymap, state.session.language)
        let label = { (action: KeyAction) in
            keymap.keys(for: action).map { KeyName.label($0, unicode: state.session.unicode) }.joined(separator: " ")
        }
        var groups: [(Message?, [KeyAction])] = [(nil, KeyAction.allCases.filter { !Set($0.definition.screens).isDisjoint(with: [.table, .detail]) })]
        var listed = Set(groups[0].1)
        for (screen, heading) in sections {
            let actions = KeyAction.allCases.filter { $0.definition.screens.contains(screen) && !listed.contains($0) }
            groups.append((heading, actions))
            listed.formUnion(actions)
        }
        let bound = groups.map { ($0.0, $0.1.filter(keymap.isBound)) }
        let width = min(16, (bound.flatMap { $0.1 }.map { DisplayWidth.of(label($0)) }.max() ?? 0) + 2)
        var lines: [(String, Style)] = []
        if state.session.readOnly { lines += [(words.text(.helpReadOnly), .accent), ("", .dialog)] }
        for (heading, actions) in bound where !actions.isEmpty {
            if let heading { lines += [("", .dialog), (words.text(heading), .accent)] }
            lines += actions.map { (DisplayWidth.fit(label($0), to: width) + words.text($0.definition.description), .dialog) }
        }
        lines += [
            ("", .dialog),
            (DisplayWidth.fit(words.text(.helpClick), to: width) + words.text(.helpClickDoes), .dialog),
            (DisplayWidth.fit(words.text(.helpWheel), to: width) + words.text(.helpWheelDoes), .dialog),
        ]
        return lines
    }

    /// How many lines the box shows at a height: all of the screen but its frame and the hints.
    static func bodyRows(height: Int) -> Int { max(1, height - 3) }

    static func draw(_ state: AppState, scroll: Int, into grid: inout Grid) {
        let all = lines(state)
        let rows = bodyRows(height: grid.height)
        let shown = Array(all.dropFirst(scroll).prefix(rows))
        let title = all.count > rows
            ? state.session.language.text(
                .helpTitleScrolled, ["first": String(scroll + 1), "last": String(scroll + shown.count), "total": String(all.count)])
            : state.session.language.text(.helpTitle)
        DialogView.drawBox(title: title, lines: shown, into: &grid, symbols: Symbols(unicode: state.session.unicode))
    }
}
