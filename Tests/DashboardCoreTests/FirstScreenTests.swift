import MonitorCore
import OMSCore
import Testing

@testable import DashboardCore

@Suite("The first screen: all five series at every size, the task count beside an error")
struct FirstScreenTests {
    static let widths = [80, 100, 120, 140, 160, 200]
    static let heights = [24, 30, 40, 50]
    static let seriesLabels = ["REQUEST", "SUCCESS", "FAILURE", "SKIP", "SIZE"]

    /// `count` tasks listed, the selected one shown with its statistics; with `alert`, the selected
    /// task was stopped outside and carries a firing alert; with `error`, the last refresh failed.
    static func state(taskCount count: Int, alert: Bool, error: Bool) -> AppState {
        var state = AppState(
            profiles: [.init(name: "bj", region: "cn-north-4", projectID: "0b5c3a7e9d214f6c8a1e2b3c4d5e1f23")],
            now: Fixtures.now, width: 140, height: 40)
        var tasks = (0..<count).map { index in
            Fixtures.task("\(100_000_000 + index)-eb82-41f3-8019-bbb593d74a3e", source: "logs-prod-\(index)")
        }
        _ = Dashboard.reduce(&state, Fixtures.listed(tasks))
        var key = TaskKey(profile: "bj", id: tasks[0].id)
        if alert {
            tasks[0].status = .stopped
            _ = Dashboard.reduce(&state, Fixtures.listed(tasks, sweep: 2))
        }
        state.table.selection = key
        let start = Fixtures.now - StatsWindow.sixHours.milliseconds
        _ = Dashboard.reduce(&state, .answer(.shown(key, .success(tasks[0]))))
        _ = Dashboard.reduce(
            &state,
            .answer(.statistics(key, window: .sixHours, start: start, end: Fixtures.now,
                .success(Fixtures.statistics(for: key.id, start: start, end: Fixtures.now)))))
        if error {
            let failure = ErrorReport(code: nil, message: "cannot reach https://oms.cn-north-4.myhuaweicloud.com")
            _ = Dashboard.reduce(&state, Fixtures.listFailed(failure, sweep: alert ? 3 : 2))
        }
        key = state.table.selection!
        return state
    }

    @Test("all five series show and no line is wider than the terminal, from 80×24 to 200×50", arguments: [5, 30, 10_100])
    func fiveSeriesAtEverySize(taskCount: Int) {
        for alert in [false, true] {
            for error in [false, true] {
                var state = Self.state(taskCount: taskCount, alert: alert, error: error)
                #expect(state.selectedAlertCount == (alert ? 1 : 0))
                for width in Self.widths {
                    for height in Self.heights {
                        _ = Dashboard.reduce(&state, .resize(width: width, height: height))
                        let lines = Dashboard.render(state).text.components(separatedBy: "\n")
                        let size = "\(width)×\(height), \(taskCount) tasks, alert \(alert), error \(error)"
                        for label in Self.seriesLabels {
                            #expect(lines.contains { $0.hasPrefix(" \(label) ") }, "\(label) at \(size)")
                        }
                        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "a line too wide at \(size)")
                        #expect(lines.contains { $0.contains("\(taskCount) tasks · sorted by") }, "the status line at \(size)")
                        if alert { #expect(lines.contains { $0.hasPrefix(" Alert ") }, "the alert line at \(size)") }
                        if error { #expect(lines.contains { $0.contains("✗ cannot reach") }, "the error line at \(size)") }
                        #expect(state.layout.tableRows >= min(taskCount, 1), "a table row at \(size)")
                    }
                }
            }
        }
    }

    @Test("an error has a line of its own: the task count, the sort and the window stay in view")
    func errorKeepsTheStatusLine() {
        let state = Self.state(taskCount: 30, alert: false, error: true)
        let lines = Dashboard.render(state).text.components(separatedBy: "\n")
        #expect(lines[state.viewport.height - 3].hasPrefix(" ✗ cannot reach https://oms.cn-north-4.myhuaweicloud.com"))
        #expect(lines[state.viewport.height - 2] == " 30 tasks · sorted by status ↑ · window 6h")
        let calm = Self.state(taskCount: 30, alert: false, error: false)
        #expect(calm.layout.tableRows == state.layout.tableRows + 1, "the table gives up one row for the error")
    }

    /// The lines of the detail pane in a height, in the order they are drawn.
    func drawn(height: Int, alerts: Int) -> String {
        let lines = DetailLines(height: height, alerts: alerts)
        let named: [(Bool, String)] = [
            (lines.route, "Route"), (lines.settings, "Settings"), (lines.about, "About"), (lines.syncURL, "Sync URL"),
            (lines.thisMonth, "This month"),
            (lines.alerts > 0, "Alert×\(lines.alerts)"), (lines.gap, "gap"),
        ]
        return named.filter(\.0).map(\.1).joined(separator: ", ")
    }

    @Test("the detail pane drops a second alert, the sync URL, About, Settings, the gap and Route before any series")
    func detailLinesByNeed() {
        #expect(drawn(height: DetailLines.fullHeight(alerts: 2), alerts: 2) == "Route, Settings, About, Sync URL, This month, Alert×2, gap")
        #expect(drawn(height: 14, alerts: 2) == "Route, Settings, About, Sync URL, This month, Alert×1, gap")
        #expect(drawn(height: 13, alerts: 2) == "Route, Settings, About, This month, Alert×1, gap")
        #expect(drawn(height: 12, alerts: 1) == "Route, Settings, This month, Alert×1, gap")
        #expect(drawn(height: 10, alerts: 1) == "Route, This month, Alert×1")
        #expect(drawn(height: DetailLines.minimumHeight, alerts: 1) == "This month")
        #expect(drawn(height: 7, alerts: 0) == "")
    }

    @Test("the table keeps ten rows before the detail pane takes its full height; the pane never drops below its minimum")
    func layoutShares() {
        let roomy = Layout(width: 140, height: 40, focus: .table, banner: false, rowCount: 30, detailAlerts: 0)
        #expect(roomy.detailHeight == DetailLines.fullHeight(alerts: 0))
        #expect(roomy.tableRows == 40 - 3 - 1 - roomy.detailHeight)
        let short = Layout(width: 80, height: 24, focus: .table, banner: true, errorLine: true, rowCount: 30)
        #expect(short.detailHeight == DetailLines.minimumHeight && short.tableRows == Layout.preferredTableRows)
        let smallest = Layout(width: 80, height: 20, focus: .table, banner: true, errorLine: true, rowCount: 10_100)
        #expect(smallest.detailHeight == DetailLines.minimumHeight && smallest.tableRows == 6)
        #expect(smallest.detailTop + smallest.detailHeight == smallest.errorRow)
    }

    @Test("the first screen's counters and sparklines go out with the first load; rows scrolled to later wait for the budget")
    func firstScreenInTheFirstLoad() {
        var state = AppState(
            profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p")], now: Fixtures.now, width: 140, height: 40)
        let tasks = (0..<30).map { Fixtures.task("\(100_000_000 + $0)-eb82-41f3-8019-bbb593d74a3e") }
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now))
        let effects = Dashboard.reduce(&state, Fixtures.listed(tasks))
        let onScreen = Set(state.visibleRows)
        #expect(onScreen.count == state.layout.tableRows && onScreen.count > 20)
        let shown = Set(effects.compactMap { if case .fetch(.show(let key)) = $0 { key } else { nil } })
        let charted = Set(effects.compactMap { if case .fetch(.statistics(let key, _, _, _)) = $0 { key } else { nil } })
        #expect(shown == onScreen, "every row on screen has its counters asked for at once")
        #expect(charted == onScreen, "and its sparkline")
        let start = Fixtures.now - StatsWindow.sixHours.milliseconds
        for key in onScreen.union([state.table.selection!]) {
            _ = Dashboard.reduce(&state, .answer(.shown(key, .success(state.task(key)!))))
            _ = Dashboard.reduce(&state, .answer(.statistics(key, window: .sixHours, start: start, end: Fixtures.now,
                .success(Fixtures.statistics(for: key.id, start: start, end: Fixtures.now)))))
        }
        var scrolled = Dashboard.reduce(&state, .key(.character("G")))
        scrolled += Dashboard.reduce(&state, .tick(now: Fixtures.now + 1_000))
        let selected = state.table.selection
        let later = scrolled.filter {
            switch $0 {
            case .fetch(.show(let key)), .fetch(.statistics(let key, _, _, _)): key != selected && !onScreen.contains(key)
            default: false
            }
        }
        #expect(!later.isEmpty && later.count <= MonitorSettings.visibleInFlight, "rows scrolled to are no second burst")
    }
}
