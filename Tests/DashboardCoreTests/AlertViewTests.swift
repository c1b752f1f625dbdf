import MonitorCore
import OMSCore
import Testing

@testable import DashboardCore

@Suite("Alerts in the dashboard: marks, header, timeline, jump, hook and bell effects")
struct AlertViewTests {
    /// The fixture state after one synchronizing task was seen stopped from outside.
    func stoppedOutside(bell: Bool = false) -> (AppState, TaskKey, [Effect]) {
        var alerts = AlertSettings()
        alerts.bell = bell
        var state = AppState(
            profiles: [.init(name: "bj", region: "cn-north-4", projectID: "0b5c3a7e9d214f6c8a1e2b3c4d5e1f23")],
            settings: MonitorSettings(alerts: alerts), now: Fixtures.now, width: 140, height: 40)
        _ = Dashboard.reduce(&state, Fixtures.listed(Fixtures.tasks))
        let index = Fixtures.tasks.firstIndex { $0.status == .synchronizing }!
        var tasks = Fixtures.tasks
        tasks[index].status = .stopped
        let effects = Dashboard.reduce(&state, Fixtures.listed(tasks, sweep: 2))
        return (state, Fixtures.key(index), effects)
    }

    @Test("a task stopped outside is marked, counted in the header and handed to the hook")
    func marked() throws {
        let (state, key, effects) = stoppedOutside()
        let announced = effects.compactMap { if case .announce(let event) = $0 { event } else { nil } }
        #expect(announced.map(\.rule) == [.taskStopped])
        #expect(!effects.contains(.bell), "the bell is off by default")
        let screen = Dashboard.render(state).text
        #expect(screen.contains("! 1 needs attention"))
        let row = try #require(screen.split(separator: "\n").first { $0.contains(TaskText.shortID(key.id)) })
        #expect(row.hasPrefix(" ○!"))
    }

    @Test("alerts.bell rings on a new warning")
    func bell() {
        let (_, _, effects) = stoppedOutside(bell: true)
        #expect(effects.contains(.bell))
    }

    @Test("e shows the timeline newest first; Esc closes it; a selects the task that needs attention")
    func timelineAndJump() {
        var (state, key, _) = stoppedOutside()
        _ = Dashboard.reduce(&state, .key(.character("e")))
        let timeline = Dashboard.render(state).text
        #expect(timeline.contains("Events"))
        #expect(timeline.contains("1 this session, newest first"))
        #expect(timeline.contains("firing    warning   task_stopped   \(TaskText.shortID(key.id))"))
        #expect(timeline.contains("stopped outside this omsdash"))
        _ = Dashboard.reduce(&state, .key(.escape))
        #expect(state.overlay == nil)
        _ = Dashboard.reduce(&state, .key(.character("a")))
        #expect(state.table.selection == key)
        #expect(Dashboard.render(state).text.contains("Alert        task_stopped since"))
        _ = Dashboard.reduce(&state, .hookFailed(Wording(.hookExited, ["status": "7"])))
        #expect(Dashboard.render(state).text.contains("alerts.command exited with status 7"))
    }

    @Test("the dashboard writes an alert's instants in local time, its zone not named; programs read them in UTC")
    func localTimes() {
        let from: Int64 = 1_800_000_300_000, to: Int64 = 1_800_000_600_000
        let clean = Wording(
            .alertBurstClean, ["share": ""], quantities: ["failed": .count(0), "requested": .count(20), "from": .instant(from), "to": .instant(to)])
        let local = LocalTime(zone: "Asia/Shanghai")!
        #expect(clean.text(.english, clock: local.wordingClock) == "failed 0 of 20 in \(local.time(from))–\(local.time(to)): a clean bucket")
        #expect(clean.english == "failed 0 of 20 in \(UTCTime.clock(from))–\(UTCTime.clock(to)) UTC: a clean bucket")
        #expect(clean.escapingControlCharacters.quantities == clean.quantities)
    }

    @Test("a with nothing firing says so")
    func nothingToJumpTo() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.character("a")))
        #expect(state.status.notice == .nothingNeedsAttention)
    }
}

@Suite("Times as a value: the session's zone, never the machine's")
struct SessionClockTests {
    @Test("the detail pane and the timeline write times in the session's zone, eight hours apart for Shanghai and UTC")
    func zoneComesWithTheSession() throws {
        let start = try #require(Fixtures.tasks.compactMap(\.lastStartTime).first)
        let shanghai = Fixtures.clock.dateTime(start)
        let utc = LocalTime.utc.dateTime(start)
        #expect(shanghai != utc)
        #expect(Fixtures.clock.time(0) == "08:00" && LocalTime.utc.time(0) == "00:00")
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.enter))
        let screen = Dashboard.render(state).text
        #expect(screen.contains(shanghai), "the detail pane's start time is Shanghai's")
        #expect(!screen.contains(utc))
    }
}
