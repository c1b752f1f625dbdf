@testable import DashboardCore
import MonitorCore
import OMSCore
import Testing

@Suite("mouse: clicks and the wheel")
struct MouseTests {
    func click(_ state: inout AppState, x: Int, y: Int) -> [Effect] { Dashboard.reduce(&state, .mouse(MouseEvent(.press, x: x, y: y))) }

    /// The screen row of the line holding `needle`.
    func row(of needle: String, in state: AppState) -> Int? {
        Dashboard.render(state).text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }
    }

    func column(of needle: String, in state: AppState) -> Int? {
        let lines = Dashboard.render(state).text.components(separatedBy: "\n")
        guard let line = lines.first(where: { $0.contains(needle) }), let range = line.firstRange(of: needle) else { return nil }
        return DisplayWidth.of(line[..<range.lowerBound])
    }

    @Test("a click on a row selects it; a click below the rows does nothing")
    func clickSelects() throws {
        var state = Fixtures.loadedState()
        #expect(state.table.selection != Fixtures.key(1))
        let last = try #require(row(of: TaskText.shortID(Fixtures.key(1).id), in: state))
        _ = click(&state, x: 20, y: last)
        #expect(state.table.selection == Fixtures.key(1))
        _ = click(&state, x: 20, y: last + 1)
        #expect(state.table.selection == Fixtures.key(1), "the row below the last task is empty")
        _ = click(&state, x: 20, y: 1)
        #expect(state.table.selection == Fixtures.key(1), "the column titles are not a row")
    }

    @Test("a click in the detail pane focuses it; Esc goes back")
    func clickFocusesDetail() throws {
        var state = Fixtures.loadedState()
        let y = try #require(row(of: "Route", in: state))
        _ = click(&state, x: 10, y: y)
        #expect(state.focus == .detail)
        _ = Dashboard.reduce(&state, .key(.escape))
        #expect(state.focus == .table)
    }

    @Test("the wheel scrolls the table three rows a notch and takes the selection along only when it leaves the view")
    func wheelScrolls() {
        var state = AppState(profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p")], now: Fixtures.now, width: 120, height: 24)
        let tasks = (0..<40).map { Fixtures.task("task-\(100 + $0)-0000-0000-0000-000000000000") }
        _ = Dashboard.reduce(&state, Fixtures.listed(tasks))
        let first = state.table.selection
        _ = Dashboard.reduce(&state, .mouse(MouseEvent(.wheelDown, x: 10, y: 5)))
        #expect(state.table.scroll == 3)
        #expect(state.table.selection == state.table.rows[3], "the selection was at the top and had to come along")
        let visible = state.layout.tableRows
        _ = Dashboard.reduce(&state, .key(.down))
        let kept = state.table.selection
        _ = Dashboard.reduce(&state, .mouse(MouseEvent(.wheelDown, x: 10, y: 5)))
        #expect(state.table.scroll == 6 && state.table.selection == state.table.rows[6] && kept == state.table.rows[4])
        for _ in 0..<30 { _ = Dashboard.reduce(&state, .mouse(MouseEvent(.wheelDown, x: 10, y: 5))) }
        #expect(state.table.scroll == 40 - visible, "stops at the last row")
        for _ in 0..<30 { _ = Dashboard.reduce(&state, .mouse(MouseEvent(.wheelUp, x: 10, y: 5))) }
        #expect(state.table.scroll == 0 && state.table.selection == state.table.rows[visible - 1])
        #expect(first == state.table.rows[0])
    }

    @Test("a click on a dialog's button presses it: Cancel sends nothing, Stop sends exactly one request")
    func clickDialogButtons() throws {
        var state = Fixtures.loadedState()
        let selected = try #require(state.table.selection)
        _ = Dashboard.reduce(&state, .key(.character("x")))
        let y = try #require(row(of: "Cancel", in: state))
        let cancel = try #require(column(of: "Cancel", in: state))
        #expect(click(&state, x: cancel, y: y).isEmpty)
        #expect(state.overlay == nil)

        _ = Dashboard.reduce(&state, .key(.character("x")))
        let stop = try #require(column(of: "Stop  ", in: state))
        #expect(click(&state, x: stop + 1, y: y - 1).isEmpty, "the line above the buttons is not a button")
        let effects = click(&state, x: stop + 1, y: y)
        #expect(effects.filter { if case .stopTask = $0 { true } else { false } } == [.stopTask(selected)])
        guard case .confirm(let dialog) = state.overlay, case .sending = dialog.phase else {
            Issue.record("the dialog shows the request under way")
            return
        }
        #expect(click(&state, x: stop + 1, y: y).isEmpty, "a second click while sending sends nothing")
    }

    @Test("a click picks a field of the start-keys prompt; help closes on a click; the wheel scrolls the timeline")
    func overlays() throws {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.end))
        #expect(state.table.selection == Fixtures.key(1), "the stopped task")
        _ = Dashboard.reduce(&state, .key(.character("s")))
        _ = Dashboard.reduce(&state, .key(.character("y")))
        guard case .credentials = state.overlay else {
            Issue.record("the prompt asks for keys")
            return
        }
        let y = try #require(row(of: "Destination SK", in: state))
        _ = click(&state, x: 30, y: y)
        guard case .credentials(let prompt) = state.overlay else {
            Issue.record("a click in the prompt keeps it open")
            return
        }
        #expect(prompt.field == 3)

        state.overlay = .help(scroll: 0)
        _ = click(&state, x: 1, y: 1)
        #expect(state.overlay == nil)

        state.overlay = .timeline(scroll: 0)
        _ = Dashboard.reduce(&state, .mouse(MouseEvent(.wheelDown, x: 1, y: 1)))
        #expect(state.overlay == .timeline(scroll: 0), "nothing to scroll in an empty timeline")
    }
}
