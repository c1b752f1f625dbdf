import DashboardCore
import MonitorCore
import OMSCore
import Testing

@Suite("freshness: a paged list loads progressively, says how old it is, and mutes rows it could not confirm")
struct FreshnessTests {
    static let count = 250

    static func tasks(_ count: Int = count) -> [SyncTask] {
        (0..<count).map { index in
            Fixtures.task("task-\(1000 + index)", source: "bucket-\(index)", description: "task \(index)")
        }
    }

    /// Answers every list fetch among `effects` from `tasks`; returns the page answers.
    static func answer(_ effects: [Effect], with tasks: [SyncTask]) -> [Action] {
        effects.compactMap { effect in
            guard case .fetch(.listPage(let profile, let offset, let sweep)) = effect else { return nil }
            let page = SyncTaskPage(tasks: Array(tasks.dropFirst(offset).prefix(100)), count: Int64(tasks.count))
            return .answer(.page(profile: profile, offset: offset, sweep: sweep, .success(page)))
        }
    }

    @Test("page 1 fills the first rows after one answer; the other pages follow at once")
    func progressiveFirstLoad() {
        var state = AppState(profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p")], now: Fixtures.now)
        let head = Dashboard.reduce(&state, .tick(now: Fixtures.now))
        #expect(head.count == 1)
        var more: [Effect] = []
        for action in Self.answer(head, with: Self.tasks()) { more += Dashboard.reduce(&state, action) }
        #expect(state.taskCount == 100, "the first 100 rows after one round trip")
        #expect(!state.table.rows.isEmpty && state.table.selection != nil)
        let pages = more.filter { if case .fetch(.listPage) = $0 { true } else { false } }
        #expect(pages.count == 2, "pages 2 and 3 at once")
        for action in Self.answer(pages, with: Self.tasks()) { _ = Dashboard.reduce(&state, action) }
        #expect(state.taskCount == Self.count)
        #expect(Dashboard.render(state).text.contains("250 tasks"))
    }

    @Test("the header says how old the oldest row is; rows not confirmed for two sweeps are muted")
    func sweptAgeAndMutedRows() {
        var state = AppState(
            profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p")], now: Fixtures.now, width: 140, height: 40)
        var effects = Dashboard.reduce(&state, .tick(now: Fixtures.now))
        for _ in 0..<3 {
            var next: [Effect] = []
            for action in Self.answer(effects, with: Self.tasks()) { next += Dashboard.reduce(&state, action) }
            effects = next
        }
        #expect(state.taskCount == Self.count)
        #expect(Dashboard.render(state).text.contains("list swept 0s ago"))
        // The service stops answering list pages after page 1: the other rows age.
        let later = Fixtures.now + 100_000
        effects = Dashboard.reduce(&state, .tick(now: later))
        for action in Self.answer(effects, with: Self.tasks()).filter({ if case .answer(.page(_, 0, _, _)) = $0 { true } else { false } }) {
            _ = Dashboard.reduce(&state, action)
        }
        _ = Dashboard.reduce(&state, .key(.character("G")))
        let grid = Dashboard.render(state)
        let text = grid.text
        #expect(text.contains("list swept 1m40s ago"), "at 140 columns the counts shorten before the age goes")
        let layout = state.layout
        let rows = (layout.tableHeaderRow + 1)..<(layout.tableHeaderRow + 1 + state.visibleRows.count)
        let muted = rows.filter { y in grid.styles(row: y).allSatisfy { $0 == .muted } }
        #expect(muted.count == state.visibleRows.count - 1, "every row from the unconfirmed pages but the selected one")
    }

    @Test("with one page there is no sweep age and nothing is muted")
    func onePageNoAge() {
        let state = Fixtures.loadedState()
        #expect(!Dashboard.render(state).text.contains("list swept"))
    }
}
