extension Dashboard {
    /// Draws the whole screen for a state.
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.viewport.width, height: state.viewport.height)
        let overlay = state.overlay?.component
        if let overlay, overlay.coversScreen {
            // It says itself when the terminal is too small for it.
            overlay.render(OverlayContext(state), into: &grid)
            return grid
        }
        let layout = state.layout
        if layout.isTooSmall {
            TooSmallView.draw(state, into: &grid, layout: layout)
            return grid
        }
        grid.draw(in: layout.header) { HeaderView.draw(state, into: &$0) }
        if let rect = layout.banner, let banner = state.banner {
            grid.draw(in: rect) { BannerView.draw(banner, into: &$0) }
        }
        if state.focus == .table { grid.draw(in: layout.table) { TableView.draw(state, into: &$0) } }
        grid.draw(in: layout.detail) { DetailView.draw(state, into: &$0) }
        grid.draw(in: layout.statusBar) { StatusBarView.draw(state, into: &$0) }
        overlay?.render(OverlayContext(state), into: &grid)
        return grid
    }
}

/// The message shown instead of the dashboard in a terminal smaller than it needs.
enum TooSmallView {
    static func draw(_ state: AppState, into grid: inout Grid, layout: Layout) {
        let words = state.session.language
        let quit = KeyHints(state).keys(.quit) ?? "Ctrl-C"
        let lines = [
            words.text(.tooSmall),
            words.text(.tooSmallNeed, ["needed": "\(Layout.minimumWidth)×\(Layout.minimumHeight)", "have": "\(layout.width)×\(layout.height)"]),
            words.text(.tooSmallFix, ["key": quit]),
        ]
        let top = max(0, grid.height / 2 - 1)
        for (index, line) in lines.enumerated() {
            let x = max(0, (grid.width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + index, style: index == 0 ? .warning : .normal)
        }
    }
}
