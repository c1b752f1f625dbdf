/// Every key binding, in a box above the dashboard.
enum HelpView {
    static func bindings(readOnly: Bool) -> [(String, String)] {
        var list = [
            ("↑ ↓  j k", "move the selection"),
            ("PgUp PgDn", "move a page"),
            ("g G", "first / last task"),
            ("⏎ Enter", "focus the detail pane (Esc back)"),
            ("/", "filter by id, bucket, region, description (Esc clears)"),
            ("o O", "cycle the sort column / reverse it"),
            ("+ -", "widen / narrow the statistics window (1h 6h 24h 7d 30d)"),
            ("r", "refresh now"),
            ("p", "pause / resume polling"),
            ("a", "select the next task that needs attention"),
            ("e", "the event timeline: alerts fired and resolved"),
        ]
        if !readOnly {
            list += [
                ("s x", "start a stopped task / stop a synchronizing one"),
                ("n c", "create a task in a form / clone the selected one"),
                ("D", "delete the selected stopped task (type its id to confirm)"),
                ("f", "sync named objects of a synchronizing task (re-drive, back-fill)"),
            ]
        }
        list += [
            ("?", "this help"), ("q  Ctrl-C", "quit"),
            ("click", "select a row, focus the detail pane, press a button"),
            ("wheel", "scroll the table or the timeline (--no-mouse: off)"),
        ]
        return list
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        var lines = bindings(readOnly: state.readOnly).map { (DisplayWidth.fit($0.0, to: 12) + $0.1, Style.dialog) }
        if state.readOnly { lines.append(("read-only: start, stop, create (n c), delete (D) and sync (f) are off", .dialog)) }
        DialogView.drawBox(title: "Keys", lines: lines, into: &grid, symbols: Symbols(unicode: state.unicode))
    }
}
