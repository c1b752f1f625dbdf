@testable import DashboardCore
import MonitorCore
import OMSCore
import Testing

@Suite("reduce: keys, polling, answers and dialogs")
struct ReducerTests {
    func fresh(refresh: Double = 5, readOnly: Bool = false) -> AppState {
        AppState(profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p")], settings: MonitorSettings(refreshSeconds: refresh),
                 readOnly: readOnly, now: Fixtures.now)
    }

    @Test("the first tick lists tasks; the answer schedules the selected task's show and statistics")
    func firstRefresh() {
        var state = fresh()
        #expect(Dashboard.reduce(&state, .tick(now: Fixtures.now)) == [.fetch(.listPage(profile: "bj", offset: 0, sweep: 1))])
        #expect(Dashboard.reduce(&state, .tick(now: Fixtures.now + 1000)).isEmpty, "one list in flight at a time")
        let effects = Dashboard.reduce(&state, Fixtures.listed(Fixtures.tasks, profile: "bj"))
        #expect(effects.first == .fetch(.show(state.table.selection!)))
        #expect(effects.contains(.fetch(.statistics(state.table.selection!, window: .sixHours,
                                                  start: Fixtures.now + 1000 - StatsWindow.sixHours.milliseconds, end: Fixtures.now + 1000))))
        #expect(state.table.selection == state.table.rows.first)
        let others = state.visibleRows.filter { $0 != state.table.selection }
        #expect(others.allSatisfy { effects.contains(.fetch(.show($0))) }, "the first screen comes with the first load")
    }

    @Test("the list is refreshed every refresh interval, not before")
    func refreshInterval() {
        var state = fresh(refresh: 5)
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now))
        _ = Dashboard.reduce(&state, Fixtures.listed(Fixtures.tasks, profile: "bj"))
        #expect(!Dashboard.reduce(&state, .tick(now: Fixtures.now + 4_000)).contains(where: Fixtures.isHead("bj")))
        #expect(Dashboard.reduce(&state, .tick(now: Fixtures.now + 5_000)).contains(where: Fixtures.isHead("bj")))
    }

    @Test("failures keep the data, back off, turn stale after three, and recover")
    func backoffAndRecovery() {
        var state = fresh(refresh: 5)
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now))
        _ = Dashboard.reduce(&state, Fixtures.listed(Fixtures.tasks, profile: "bj"))
        let failure = ErrorReport(code: nil, message: "cannot reach https://oms.cn-north-4.myhuaweicloud.com")
        var now = Fixtures.now
        for attempt in 1...3 {
            now = state.polls["bj"]!.nextDue
            #expect(Dashboard.reduce(&state, .tick(now: now)).contains(where: Fixtures.isHead("bj")))
            _ = Dashboard.reduce(&state, Fixtures.listFailed(failure, profile: "bj"))
            #expect(state.taskCount == 3, "the last good data stays")
            #expect(state.polls["bj"]!.nextDue - now == min(60_000, 5_000 << attempt))
        }
        #expect(state.polls["bj"]!.phase(paused: false) == .stale)
        #expect(state.banner?.contains("stale") == true)
        #expect(Dashboard.render(state).text.contains("stale"))
        _ = Dashboard.reduce(&state, .tick(now: state.polls["bj"]!.nextDue))
        _ = Dashboard.reduce(&state, Fixtures.listed(Fixtures.tasks, profile: "bj"))
        #expect(state.polls["bj"]!.phase(paused: false) == .live)
        #expect(state.status.error == nil)
    }

    @Test("after a 401 polling stops and says which credentials failed; r tries again")
    func authenticationFailure() {
        var state = fresh()
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now))
        let refused = ErrorReport(code: "APIGW.0301", message: "APIGW.0301 (HTTP 401): bad signature — the credentials (AK ABC) were refused",
                                  requestID: "r1", isAuthenticationFailure: true)
        _ = Dashboard.reduce(&state, Fixtures.listFailed(refused, profile: "bj"))
        #expect(Dashboard.reduce(&state, .tick(now: Fixtures.now + 600_000)).isEmpty)
        let screen = Dashboard.render(state).text
        #expect(screen.contains("polling stopped") && screen.contains("AK ABC"))
        #expect(screen.contains("stopped: auth error"))
        let retry = Dashboard.reduce(&state, .key(.character("r")))
        #expect(state.polls["bj"]!.authFailure == nil)
        #expect(retry.contains(where: Fixtures.isHead("bj")))
    }

    @Test("the selection stays on the same task across refreshes and re-sorts")
    func selectionSticks() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.down))
        let chosen = state.table.selection!
        for _ in SortColumn.allCases { _ = Dashboard.reduce(&state, .key(.character("o"))) }
        _ = Dashboard.reduce(&state, .key(.character("O")))
        #expect(state.table.selection == chosen)
        _ = Dashboard.reduce(&state, Fixtures.listed(Fixtures.tasks.reversed()))
        #expect(state.table.selection == chosen)
    }

    @Test("navigation: j/k, arrows, g/G, PgUp/PgDn stay in bounds")
    func navigation() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.character("G")))
        #expect(state.table.selectedIndex == 2)
        _ = Dashboard.reduce(&state, .key(.down))
        #expect(state.table.selectedIndex == 2)
        _ = Dashboard.reduce(&state, .key(.character("k")))
        #expect(state.table.selectedIndex == 1)
        _ = Dashboard.reduce(&state, .key(.pageUp))
        #expect(state.table.selectedIndex == 0)
        _ = Dashboard.reduce(&state, .key(.pageDown))
        #expect(state.table.selectedIndex == 2)
        _ = Dashboard.reduce(&state, .key(.character("g")))
        #expect(state.table.selectedIndex == 0)
    }

    @Test("filter: / types a substring over id, buckets, regions, description; Esc clears")
    func filtering() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.character("/")))
        for character in "媒体" { _ = Dashboard.reduce(&state, .key(.character(character))) }
        #expect(state.table.rows == [Fixtures.key(1)])
        #expect(state.table.selection == Fixtures.key(1))
        _ = Dashboard.reduce(&state, .key(.enter))
        #expect(!state.table.isEditingFilter && state.table.filter == "媒体")
        _ = Dashboard.reduce(&state, .key(.escape))
        #expect(state.table.filter.isEmpty && state.table.rows.count == 3)
        _ = Dashboard.reduce(&state, .key(.character("/")))
        for character in "GAME-ASSETS" { _ = Dashboard.reduce(&state, .key(.character(character))) }
        #expect(state.table.rows == [Fixtures.key(2)], "case-insensitive over bucket names")
        _ = Dashboard.reduce(&state, .key(.backspace))
        #expect(state.table.filter == "GAME-ASSET")
    }

    @Test("+/- walk the windows 1h…30d and refetch the selected task's statistics")
    func windows() {
        var state = Fixtures.loadedState()
        let effects = Dashboard.reduce(&state, .key(.character("+")))
        #expect(state.window == .oneDay)
        #expect(effects.contains { if case .fetch(.statistics(_, .oneDay, _, _)) = $0 { true } else { false } })
        for _ in 0..<5 { _ = Dashboard.reduce(&state, .key(.character("+"))) }
        #expect(state.window == .thirtyDays)
        for _ in 0..<9 { _ = Dashboard.reduce(&state, .key(.character("-"))) }
        #expect(state.window == .oneHour)
    }

    @Test("p pauses polling with a banner; p again resumes at once")
    func pause() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.character("p")))
        #expect(Dashboard.reduce(&state, .tick(now: Fixtures.now + 3_600_000)).isEmpty)
        #expect(Dashboard.render(state).text.contains("polling paused"))
        #expect(Dashboard.reduce(&state, .key(.character("p"))).contains(where: Fixtures.isHead("bj")))
    }

    @Test("stop: dialog with Cancel focused, y sends exactly one request, the row changes at once")
    func stopThroughDialog() {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(0)
        _ = Dashboard.reduce(&state, .key(.character("x")))
        guard case .confirm(let dialog) = state.overlay else { Issue.record("no dialog"); return }
        #expect(dialog.focused == .cancel && dialog.command == .stop)
        #expect(dialog.route == "Aliyun cn-beijing/logs-prod → cn-north-4/logs-obs")
        let effects = Dashboard.reduce(&state, .key(.character("y")))
        #expect(effects.filter { $0 == .stopTask(Fixtures.key(0)) }.count == 1)
        #expect(Dashboard.reduce(&state, .key(.character("y"))).filter { $0 == .stopTask(Fixtures.key(0)) }.isEmpty,
                "keys are ignored while the request is in flight")
        _ = Dashboard.reduce(&state, .commandFinished(Fixtures.key(0), .stop, nil))
        #expect(state.task(Fixtures.key(0))?.status == .stopped)
        #expect(state.overlay == nil, "success is a flash in the status bar, not a box that eats the next key")
        #expect(state.status.flash(at: state.now)?.kind == .accepted(.stop, taskID: Fixtures.key(0).id))
        #expect(Dashboard.render(state).text.contains("Stopped d18b…a3e: OMS accepted the request"))
    }

    @Test("Enter on the focused Cancel, n and Esc send nothing")
    func cancel() {
        for key in [Key.enter, .character("n"), .escape] {
            var state = Fixtures.loadedState()
            state.table.selection = Fixtures.key(0)
            _ = Dashboard.reduce(&state, .key(.character("x")))
            let effects = Dashboard.reduce(&state, .key(key))
            #expect(state.overlay == nil)
            #expect(!effects.contains(.stopTask(Fixtures.key(0))))
        }
    }

    @Test("start without configured keys asks for them, masked, then sends them once")
    func startAsksForKeys() {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(1)
        _ = Dashboard.reduce(&state, .key(.character("s")))
        _ = Dashboard.reduce(&state, .key(.tab))
        _ = Dashboard.reduce(&state, .key(.enter))
        guard case .credentials = state.overlay else { Issue.record("no prompt"); return }
        var sent: [Effect] = []
        for value in ["SRCAK", "src-secret-value", "DSTAK", "dst-secret-value"] {
            for character in value { _ = Dashboard.reduce(&state, .key(.character(character))) }
            sent += Dashboard.reduce(&state, .key(.enter))
        }
        let expected = StartSyncTaskRequest(srcAK: "SRCAK", srcSK: "src-secret-value", dstAK: "DSTAK", dstSK: "dst-secret-value")
        #expect(sent.filter { $0 == .startTask(Fixtures.key(1), expected) }.count == 1)
    }

    @Test("start with configured keys goes straight to the request; s on a running task only says why not")
    func startWithKeys() {
        var state = Fixtures.loadedState()
        state.session.startKeys = .init(hasDefault: true)
        state.table.selection = Fixtures.key(1)
        _ = Dashboard.reduce(&state, .key(.character("s")))
        #expect(Dashboard.reduce(&state, .key(.character("y"))).contains(.startTask(Fixtures.key(1), nil)))
        var running = Fixtures.loadedState()
        running.table.selection = Fixtures.key(0)
        _ = Dashboard.reduce(&running, .key(.character("s")))
        #expect(running.overlay == nil)
        #expect(running.status.notice == .wrongStatus(.startTask, status: "SYNCHRONIZING"))
        #expect(Dashboard.render(running).text.contains("s starts a stopped task; this one is SYNCHRONIZING"))
    }

    @Test("read-only: s and x are not bound at all")
    func readOnly() {
        var state = Fixtures.loadedState(readOnly: true)
        state.table.selection = Fixtures.key(0)
        _ = Dashboard.reduce(&state, .key(.character("x")))
        state.table.selection = Fixtures.key(1)
        _ = Dashboard.reduce(&state, .key(.character("s")))
        #expect(state.overlay == nil && state.status.notice == nil)
        let screen = Dashboard.render(state).text
        #expect(screen.contains("read-only"))
        #expect(!screen.contains("s start"))
    }

    @Test("a failed command shows the API's answer and keeps the task as it was; q quits from it")
    func failedCommand() {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(0)
        _ = Dashboard.reduce(&state, .key(.character("x")))
        _ = Dashboard.reduce(&state, .key(.character("y")))
        let error = ErrorReport(code: "OMS.0071", message: "OMS.0071 (HTTP 400): The sync task is already stopped.", requestID: "abc")
        _ = Dashboard.reduce(&state, .commandFinished(Fixtures.key(0), .stop, error))
        #expect(state.task(Fixtures.key(0))?.status == .synchronizing)
        let screen = Dashboard.render(state).text
        #expect(screen.contains("✗ OMS.0071 (HTTP 400): The sync task is already stopped."))
        #expect(screen.contains("[request abc]"))
        #expect(screen.contains("any key closes, q quits"))
        #expect(Dashboard.reduce(&state, .key(.character("q"))) == [.quit])
    }

    @Test("q and Ctrl-C quit; q inside help only closes help")
    func quitting() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.character("?")))
        #expect(Dashboard.reduce(&state, .key(.character("q"))) != [.quit])
        #expect(state.overlay == nil)
        #expect(Dashboard.reduce(&state, .key(.character("q"))) == [.quit])
        var other = Fixtures.loadedState()
        _ = Dashboard.reduce(&other, .key(.character("/")))
        #expect(Dashboard.reduce(&other, .key(.interrupt)) == [.quit])
    }

    @Test("several profiles: each is polled, rows from all of them, the table names the profile")
    func severalProfiles() {
        var state = AppState(
            profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p1"), .init(name: "sh", region: "cn-east-3", projectID: "p2")],
            now: Fixtures.now, width: 160, height: 40)
        let effects = Dashboard.reduce(&state, .tick(now: Fixtures.now))
        #expect(effects == [.fetch(.listPage(profile: "bj", offset: 0, sweep: 1)), .fetch(.listPage(profile: "sh", offset: 0, sweep: 1))])
        _ = Dashboard.reduce(&state, Fixtures.listed([Fixtures.tasks[0]], profile: "bj"))
        _ = Dashboard.reduce(&state, Fixtures.listed([Fixtures.tasks[1], Fixtures.tasks[2]], profile: "sh"))
        #expect(state.table.rows.count == 3)
        let screen = Dashboard.render(state).text
        #expect(screen.contains("2 profiles"))
        #expect(screen.contains("PROFILE"))
        #expect(screen.components(separatedBy: "\n").contains { $0.contains("sh") && $0.contains("0d14…c8b") })
        _ = Dashboard.reduce(&state, Fixtures.listFailed(ErrorReport(message: "cannot reach"), profile: "sh"))
        #expect(state.table.rows.count == 3, "one profile failing keeps every row")
    }
}
