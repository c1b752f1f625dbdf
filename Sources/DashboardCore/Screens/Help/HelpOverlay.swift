import OMSCore

/// `?`: every bound key, from the keymap, in a box above the dashboard: the table's and detail
/// pane's actions first, then those of the other screens. The moving keys and the wheel scroll it
/// when the window is too short for it; any other key or a click closes it.
struct HelpOverlay: OverlayComponent {
    var scroll: Int

    /// The screens the help groups keys under, after the table's, with their headings.
    static let sections: [(KeyScreen, Message)] = [(.timeline, .helpInTimeline), (.objects, .helpInObjects), (.dialog, .helpInQuestion), (.text, .helpInText)]

    var overlay: Overlay { .help(scroll: scroll) }

    mutating func update(_ event: OverlayEvent, _ context: OverlayContext) -> OverlayOutcome {
        switch event {
        case .key(let key): move(context.keymap.action(for: key, on: .help), context)
        case .mouse(let mouse): move(mouse.kind == .press ? nil : mouse.kind == .wheelUp ? .moveUp : .moveDown, context)
        case .answered, .created, .resized, .listsRead: .stay
        }
    }

    /// Moves by a moving action; any other action closes it.
    private mutating func move(_ action: KeyAction?, _ context: OverlayContext) -> OverlayOutcome {
        let rows = Self.bodyRows(height: context.screen.height)
        let last = max(0, Self.lines(context).count - rows)
        guard let next = Scrolling.scrolled(scroll, by: action, page: max(1, rows - 1), last: last) else { return .close }
        scroll = next
        return .stay
    }

    func layout(in rect: Rect, _ context: OverlayContext) -> DialogBox {
        let all = Self.lines(context)
        let rows = Self.bodyRows(height: rect.height)
        let shown = Array(all.dropFirst(scroll).prefix(rows))
        let title = all.count > rows
            ? context.words.text(.helpTitleScrolled, ["first": String(scroll + 1), "last": String(scroll + shown.count), "total": String(all.count)])
            : context.words.text(.helpTitle)
        return DialogBox(title: title, lines: shown, in: rect)
    }

    func draw(_ box: DialogBox, _ context: OverlayContext, into grid: inout Grid) {
        box.draw(into: &grid, symbols: context.symbols)
    }

    func hints(_ context: OverlayContext) -> [String?] {
        [context.keys.pair(.moveUp, .moveDown, .hintScroll), context.words.text(.hintAnyOtherKeyCloses)]
    }

    /// How many lines the box shows at a height: all of the screen but its frame and the hints.
    static func bodyRows(height: Int) -> Int { max(1, height - 3) }

    /// The lines the box holds, before scrolling.
    static func lines(_ context: OverlayContext) -> [DialogBox.Line] {
        let (keymap, words) = (context.keymap, context.words)
        let label = { (action: KeyAction) in
            keymap.keys(for: action).map { KeyName.label($0, unicode: context.session.unicode) }.joined(separator: " ")
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
        var lines: [DialogBox.Line] = []
        if context.session.readOnly { lines += [(words.text(.helpReadOnly), .accent), ("", .dialog)] }
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
}
