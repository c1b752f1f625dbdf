extension Dashboard {
    /// Draws the whole screen for a state.
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        let overlay = state.overlay?.component
        if let overlay, overlay.coversScreen {
            // It says itself when the terminal is too small for it.
            overlay.draw(state, into: &grid)
            return grid
        }
        let layout = state.layout
        if layout.isTooSmall {
            TooSmallView.draw(state, into: &grid, layout: layout)
            return grid
        }
        HeaderView.draw(state, into: &grid)
        if let row = layout.bannerRow, let banner = state.banner {
            grid.fill(x: 0, y: row, width: grid.width, height: 1, style: .banner)
            grid.put(" " + banner, x: 0, y: row, style: .banner)
        }
        if state.focus == .table { TableView.draw(state, into: &grid, layout: layout) }
        DetailView.draw(state, into: &grid, layout: layout)
        StatusBarView.draw(state, into: &grid, layout: layout)
        overlay?.draw(state, into: &grid)
        return grid
    }
}

/// The message shown instead of the dashboard in a terminal smaller than it needs.
enum TooSmallView {
    static func draw(_ state: AppState, into grid: inout Grid, layout: Layout) {
        let words = state.language
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
