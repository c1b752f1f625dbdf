@testable import DashboardCore
import FoundationEssentials
import MonitorCore
import OMSCore
import Testing

/// Screens kept in `Golden/` with what each cell means as well as what it says: after the text,
/// every row's style roles as runs (`selected×98`), so a highlight that moves or a failure drawn
/// as plain text shows as a diff. In English, in ASCII (`LANG=C`), under the `mono` theme (the
/// looks each run gets), the fleet banner with 40 refused profiles, the error line and a failed
/// dialog. Run with `OMSDASH_RECORD_GOLDEN=1` to write the files anew after a change meant to move them.
@Suite("Golden screens with their styles")
struct StyledGoldenScreenTests {
    /// A screen: its file name, and how to reach it.
    struct Screen: CustomTestStringConvertible, Sendable {
        let name: String
        let width: Int
        let height: Int
        /// Whether to write the looks of the `mono` theme rather than the style roles.
        var mono = false
        let state: @Sendable () -> AppState

        var testDescription: String { name }
    }

    /// The loaded fixture in English at 100×30, after `keys`.
    static func english(_ keys: [Key], unicode: Bool = true) -> AppState {
        var state = Fixtures.loadedState(width: 100, height: 30, unicode: unicode)
        state.session.language = .english
        for key in keys { _ = Dashboard.reduce(&state, .key(key)) }
        return state
    }

    static let screens: [Screen] = GoldenScreenTests.screens.map { screen in
        Screen(name: "en-\(screen.name)-100x30", width: 100, height: 30) { english(screen.keys) }
    } + [
        Screen(name: "ascii-table-100x30", width: 100, height: 30) { english([], unicode: false) },
        Screen(name: "ascii-detail-100x30", width: 100, height: 30) { english([.enter], unicode: false) },
        Screen(name: "ascii-stop-100x30", width: 100, height: 30) { english([.character("x")], unicode: false) },
        Screen(name: "mono-table-100x30", width: 100, height: 30, mono: true) { english([]) },
        Screen(name: "mono-stop-100x30", width: 100, height: 30, mono: true) { english([.character("x")]) },
        Screen(name: "fleet-40-refused-140x40", width: 140, height: 40) { FleetHealthViewTests.fleet(refused: 40, width: 140, height: 40) },
        Screen(name: "error-line-100x30", width: 100, height: 30) {
            var state = english([])
            let unreachable = ErrorReport(message: "cannot connect to oms.cn-north-4.myhuaweicloud.com: connection refused")
            let effects = Dashboard.reduce(&state, .tick(now: Fixtures.now + 10_000))
            var sweep = 1
            for case .fetch(.listPage("bj", 0, let due)) in effects { sweep = due }
            _ = Dashboard.reduce(&state, Fixtures.listFailed(unreachable, sweep: sweep))
            return state
        },
        Screen(name: "dialog-failed-100x30", width: 100, height: 30) {
            var state = english([.character("x"), .character("y")])
            let refusal = ErrorReport(code: "OMS.0063", message: "The task is being started or stopped: try again later.", httpStatus: 400)
            _ = Dashboard.reduce(&state, .commandFinished(state.table.selection ?? Fixtures.key(0), .stop, refusal))
            return state
        },
    ]

    /// A row's cells as runs of one name: `header×100`, or `normal×2 selected×98`.
    static func runs(_ names: [String]) -> String {
        var runs: [(String, Int)] = []
        for name in names {
            if let last = runs.last, last.0 == name { runs[runs.count - 1].1 += 1 } else { runs.append((name, 1)) }
        }
        return runs.map { "\($0.0)×\($0.1)" }.joined(separator: " ")
    }

    /// A look in words: `bold+reverse`, `plain`.
    static func describe(_ look: Look) -> String {
        let parts = [(look.bold, "bold"), (look.dim, "dim"), (look.reverse, "reverse"), (look.underline, "underline")]
            .filter(\.0).map(\.1) + (look.color.map { ["colour \($0)"] } ?? [])
        return parts.isEmpty ? "plain" : parts.joined(separator: "+")
    }

    /// The screen's text, trailing blanks cut, then each row's styles (or looks) as runs.
    static func record(_ grid: Grid, mono: Bool) -> String {
        let text = GoldenScreenTests.trimmedRows(grid)
        let theme = Theme(.mono)
        let styles = (0..<grid.height).map { row in
            let names = grid.styles(row: row).map { mono ? describe(theme.look($0)) : $0.id }
            return (row < 10 ? "0" : "") + "\(row) " + runs(names)
        }
        let heading = mono ? "-- looks under the mono theme, by row" : "-- style roles, by row"
        return (text + [heading] + styles).joined(separator: "\n") + "\n"
    }

    @Test("each screen matches its golden text and styles, no line wider than the terminal", arguments: screens)
    func screen(_ screen: Screen) throws {
        let state = screen.state()
        let grid = Dashboard.render(state)
        #expect(grid.width == screen.width && grid.height == screen.height)
        for row in 0..<grid.height {
            #expect(DisplayWidth.of(grid.text(row: row)) <= screen.width, "row \(row)")
        }
        try GoldenScreenTests.match(Self.record(grid, mono: screen.mono), golden: screen.name)
    }
}
