import DashboardCore
import MonitorCore
import OMSCore
import Testing

/// What asks the terminal for a new frame: a face redraws only when `revision` moved.
@Suite("Redraws: only what changes the screen asks for a frame")
struct RedrawTests {
    @Test("page 1 answered again with nothing changed asks for no frame; a changed task does")
    func unchangedAnswer() {
        var state = Fixtures.loadedState()
        let before = state.revision
        _ = Dashboard.reduce(&state, Fixtures.listed(Fixtures.tasks))
        #expect(state.revision == before)
        var stopped = Fixtures.tasks
        stopped[0].status = .stopped
        _ = Dashboard.reduce(&state, Fixtures.listed(stopped))
        #expect(state.revision != before)
    }

    @Test("a tick within the same second asks for no frame; the next second does")
    func ticks() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now + 1_000))
        let before = state.revision
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now + 1_400))
        #expect(state.revision == before)
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now + 2_000))
        #expect(state.revision != before)
    }

    @Test("a key, a failure and the selected task's counters each ask for a frame")
    func shownChanges() {
        var state = Fixtures.loadedState()
        var before = state.revision
        _ = Dashboard.reduce(&state, .key(.down))
        #expect(state.revision != before)
        before = state.revision
        _ = Dashboard.reduce(&state, Fixtures.listFailed(ErrorReport(message: "connection refused")))
        #expect(state.revision != before)
        before = state.revision
        let selected = state.table.selection!
        _ = Dashboard.reduce(&state, .answer(.shown(selected, .success(state.task(selected)!))))
        #expect(state.revision != before)
    }

    @Test("a batch of actions plans its fetches once, as the actions one by one would")
    func batch() {
        var one = AppState(profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p")], now: Fixtures.now)
        _ = Dashboard.reduce(&one, .tick(now: Fixtures.now))
        var batched = one
        let actions: [Action] = [.tick(now: Fixtures.now + 1_000), Fixtures.listed(Fixtures.tasks)]
        let separately = actions.flatMap { Dashboard.reduce(&one, $0) }
        let together = Dashboard.reduce(&batched, actions)
        #expect(!together.isEmpty)
        #expect(Set(together.map(String.init(describing:))) == Set(separately.map(String.init(describing:))))
        #expect(together.contains(.fetch(.show(batched.table.selection!))))
    }
}
