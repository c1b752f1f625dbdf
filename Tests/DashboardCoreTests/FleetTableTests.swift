import MonitorCore
import OMSCore
import Testing

@testable import DashboardCore

@Suite("Finding a task among many profiles: the filter's qualifiers, the PROFILE column, sorting by profile")
struct FleetTableTests {
    /// 20 profiles in two regions, 5 tasks each; in each profile task 0 is stopped and from AWS.
    func fleet(width: Int = 140) -> AppState {
        let profiles = (0..<20).map {
            Monitor.Profile(name: "acct-\(String(String($0 + 1000).dropFirst()))", region: $0 < 10 ? "cn-north-4" : "cn-east-3", projectID: "p\($0)")
        }
        var state = AppState(profiles: profiles, now: Fixtures.now, width: width, height: 30)
        for profile in profiles {
            let tasks = (0..<5).map { index in
                var task = Fixtures.task("\(profile.name)-\(index)-0000-0000-0000-000000000000")
                task.status = index == 0 ? .stopped : .synchronizing
                task.srcCloudType = index == 0 ? .aws : .aliyun
                return task
            }
            _ = Dashboard.reduce(&state, Fixtures.listed(tasks, profile: profile.name))
        }
        return state
    }

    func filtered(_ text: String) -> [TaskKey] {
        var state = fleet()
        _ = Dashboard.reduce(&state, .key(.character("/")))
        for character in text { _ = Dashboard.reduce(&state, .key(.character(character))) }
        return state.table.rows
    }

    @Test("plain text matches the profile's name too")
    func profileName() {
        let rows = filtered("acct-012")
        #expect(rows.count == 5 && rows.allSatisfy { $0.profile == "acct-012" })
    }

    @Test("qualifiers match one field each, combine with each other and with text")
    func qualifiers() {
        #expect(filtered("profile:acct-01").count == 50, "acct-010 to acct-019")
        #expect(filtered("region:cn-east-3").count == 50, "the profile's region")
        #expect(filtered("cloud:aws").count == 20)
        #expect(filtered("status:stopped").count == 20)
        #expect(filtered("status:stopped region:cn-north-4").count == 10)
        let combined = filtered("status:stopped acct-003")
        #expect(combined.count == 1 && combined[0].profile == "acct-003")
        #expect(filtered("STATUS:STOPPED").count == 20, "in any case")
        #expect(filtered("profile:nobody").isEmpty)
        #expect(filtered("status:").count == 0, "a qualifier without a value is text, and no task has it")
    }

    @Test("the PROFILE column shows at 80 and 140 columns, names cut in the middle when too long")
    func profileColumn() {
        for width in [80, 140] {
            let screen = Dashboard.render(fleet(width: width)).text
            #expect(screen.contains("PROFILE"), "at \(width)")
            #expect(screen.contains("acct-000"), "at \(width)")
        }
        let long = Monitor.Profile(name: "migration-team-beijing/cn-north-4", region: "cn-north-4", projectID: "p")
        var state = AppState(profiles: [long, .init(name: "b", region: "cn-east-3", projectID: "q")], now: Fixtures.now, width: 80, height: 24)
        _ = Dashboard.reduce(&state, Fixtures.listed([Fixtures.task("t1-0000-0000-0000-0000-000000000000")], profile: long.name))
        let screen = Dashboard.render(state).text
        #expect(screen.contains(" migra…th-4 "), "both ends of the name are kept")
    }

    @Test("the sort cycles through the profile when there are several, and not with one")
    func sortByProfile() {
        var state = fleet()
        _ = Dashboard.reduce(&state, .key(.character("o")))
        #expect(state.table.sort == .profile)
        _ = Dashboard.reduce(&state, .key(.character("O")))
        #expect(state.table.rows.first?.profile == "acct-019")
        var single = Fixtures.loadedState()
        _ = Dashboard.reduce(&single, .key(.character("o")))
        #expect(single.table.sort == .lastStart)
    }
}

@Suite("A first load over many profiles")
struct FirstLoadSelectionTests {
    @Test("the first row stays selected as profiles answer in any order, until the first key")
    func selectionStaysOnTop() {
        let profiles = (0..<3).map { Monitor.Profile(name: "acct-\($0)", region: "cn-north-4", projectID: "p\($0)") }
        var state = AppState(profiles: profiles, now: Fixtures.now, width: 140, height: 12)
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now))
        for profile in ["acct-2", "acct-1", "acct-0"] {
            let tasks = (0..<8).map { Fixtures.task("\(profile)-task-\($0)") }
            _ = Dashboard.reduce(&state, Fixtures.listed(tasks, profile: profile))
            #expect(state.table.selection == state.table.rows.first)
            #expect(state.table.scroll == 0)
        }
        #expect(state.table.selection?.profile == "acct-0")
        _ = Dashboard.reduce(&state, .key(.down))
        let chosen = state.table.selection
        _ = Dashboard.reduce(&state, Fixtures.listed([Fixtures.task("acct-0-task-00")] + (0..<8).map { Fixtures.task("acct-0-task-\($0)") }, profile: "acct-0"))
        #expect(state.table.selection == chosen, "after a key the selection stays on its task")
    }
}
