@testable import DashboardCore
import MonitorCore
import OMSCore
import Testing

@Suite("create, clone and delete from the keyboard: keys, effects, answers and the screen")
struct LifecycleTests {
    func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
        keys.flatMap { Dashboard.reduce(&state, .key($0)) }
    }

    func type(_ state: inout AppState, _ text: String) -> [Effect] {
        text.flatMap { Dashboard.reduce(&state, .key(.character($0))) }
    }

    func screen(_ state: AppState) -> String { Dashboard.render(state).text }

    func form(_ state: AppState) -> TaskForm? {
        if case .form(let form) = state.overlay { return form }
        return nil
    }

    /// Whether an effect sends a request that changes something (create, start, stop, delete).
    func isCommand(_ effect: Effect) -> Bool {
        switch effect {
        case .createTask, .startTask, .stopTask, .deleteTask: true
        default: false
        }
    }

    /// Opens the form and types every required field, moving with Tab.
    func fillForm(_ state: inout AppState) {
        _ = press(&state, .character("n"), .tab)
        _ = type(&state, "cn-beijing")
        _ = press(&state, .tab)
        _ = type(&state, "fresh-src")
        _ = press(&state, .tab)
        _ = type(&state, "SRCAK0000000000000001")
        _ = press(&state, .tab)
        _ = type(&state, "source-secret-canary")
        _ = press(&state, .tab, .tab)
        _ = type(&state, "fresh-dst")
        _ = press(&state, .tab)
        _ = type(&state, "DSTAK0000000000000001")
        _ = press(&state, .backTab, .down)
        _ = press(&state, .tab)
        _ = type(&state, "destination-secret-canary")
    }

    @Test("Ctrl-S on an empty form shows every missing field and sends nothing")
    func emptyFormSendsNothing() throws {
        var state = Fixtures.loadedState(width: 100, height: 40)
        #expect(press(&state, .character("n")).isEmpty)
        #expect(screen(state).contains("New sync task"))
        let effects = press(&state, .control("s"))
        #expect(!effects.contains(where: isCommand))
        let text = screen(state)
        #expect(text.components(separatedBy: "✗ required").count - 1 == 7)
        #expect(text.contains("7 fields need attention: nothing was sent"))
        #expect(form(state)?.phase == .editing)
    }

    @Test("typed keys are masked on screen and in the review; y sends exactly one create; success selects the new task")
    func createFlow() throws {
        var state = Fixtures.loadedState(width: 100, height: 40)
        fillForm(&state)
        var text = screen(state)
        #expect(!text.contains("canary") && !text.contains("SRCAK"), "keys never show as typed")
        #expect(text.contains(String(repeating: "•", count: 20)))
        #expect(press(&state, .control("s")).isEmpty)
        text = screen(state)
        #expect(text.contains("Review: POST /v2/{project_id}/sync-tasks"))
        #expect(text.contains(#""src_sk" : "•••""#) && !text.contains("canary"))
        #expect(text.contains(#""dst_bucket" : "fresh-dst""#))

        let effects = press(&state, .character("y"))
        let creates = effects.filter(isCommand)
        #expect(creates.count == 1)
        guard case .createTask(let sent)? = creates.first else { Issue.record("no create"); return }
        let body = sent.request { _, input in
            if case .typed(let text) = input { return Secret(text) } else { return Secret("") }
        }
        #expect(body.srcSK.reveal() == "source-secret-canary" && body.dstSK.reveal() == "destination-secret-canary")
        #expect(body.srcBucket == "fresh-src" && body.dstBucket == "fresh-dst" && body.dstRegion == "cn-north-4")
        #expect(press(&state, .character("y"), .enter, .control("s")).filter(isCommand).isEmpty, "keys while sending send nothing")

        let id = "99999999-1111-4222-8333-944455556666"
        let events = Dashboard.reduce(&state, .created(profile: "bj", .success(id)))
        #expect(state.overlay == nil)
        #expect(events.contains(where: Fixtures.isHead("bj")), "page 1 is asked for at once")
        #expect(screen(state).contains("Created 9999…666"))
        var created = Fixtures.task(id, source: "fresh-src", destination: "fresh-dst")
        created.createTime = Fixtures.now
        state.now += 1000
        let answered = Dashboard.reduce(&state, Fixtures.listed([created] + Fixtures.tasks))
        #expect(state.table.selection == TaskKey(profile: "bj", id: id))
        #expect(!answered.contains { if case .announce(let event) = $0 { event.rule == .taskAppeared } else { false } },
                "a task created here is not announced as appeared")
    }

    @Test("an API refusal keeps the form as typed with the error code under it")
    func refusalKeepsForm() throws {
        var state = Fixtures.loadedState(width: 100, height: 40)
        fillForm(&state)
        _ = press(&state, .control("s"), .character("y"))
        let before = try #require(form(state))
        let refusal = ErrorReport(code: "OMS.0081", message: "The number of sync tasks has reached the limit of 5 per tenant.", httpStatus: 400)
        _ = Dashboard.reduce(&state, .created(profile: "bj", .failure(refusal)))
        let after = try #require(form(state))
        #expect(after.phase == .editing)
        #expect(after.values == before.values, "nothing typed is lost")
        #expect(screen(state).contains("OMS refused: OMS.0081: The number of sync tasks"))
        #expect(press(&state, .control("s")).isEmpty && form(state)?.phase == .reviewing(scroll: 0), "the user can send again")
    }

    @Test("Esc asks before throwing typed text away; an untouched form closes at once")
    func escapeAsks() {
        var state = Fixtures.loadedState(width: 100, height: 40)
        _ = press(&state, .character("n"), .escape)
        #expect(state.overlay == nil)
        _ = press(&state, .character("n"), .tab)
        _ = type(&state, "cn")
        _ = press(&state, .escape)
        #expect(form(state)?.phase == .discarding)
        #expect(screen(state).contains("Throw away what you typed"))
        _ = press(&state, .character("n"))
        #expect(form(state)?.phase == .editing && form(state)?[.srcRegion] == .text("cn"), "any other key keeps it")
        _ = press(&state, .escape, .character("y"))
        #expect(state.overlay == nil)
    }

    @Test("c opens the form as a clone of the selected task")
    func cloneKey() throws {
        var state = Fixtures.loadedState(width: 100, height: 40)
        while state.table.selection != Fixtures.key(1) { _ = press(&state, .down) }
        _ = press(&state, .character("c"))
        let clone = try #require(form(state))
        #expect(clone.origin == .clone(Fixtures.key(1)))
        #expect(clone[.srcBucket] == .text("media-archive") && clone[.srcCloudType] == .choice("AWS"))
        #expect(screen(state).contains("Clone of task 0d14…c8b: secrets are not copied"))
    }

    @Test("the form needs 80×24, keeps what was typed when the window shrinks, and scrolls to the field in use")
    func smallTerminals() throws {
        var state = Fixtures.loadedState(width: 80, height: 20)
        _ = press(&state, .character("n"))
        #expect(state.overlay == nil)
        #expect(screen(state).contains("the create form needs a terminal of at least 80×24 (this one is 80×20)"))

        _ = Dashboard.reduce(&state, .resize(width: 80, height: 24))
        _ = press(&state, .character("n"), .tab)
        _ = type(&state, "cn-beijing")
        _ = press(&state, .end)
        let text = screen(state)
        #expect(text.contains("▶ Authentication key"), "the last field is in view")
        #expect(!text.contains("Cloud "), "the first lines scrolled away")
        _ = Dashboard.reduce(&state, .resize(width: 70, height: 20))
        #expect(screen(state).contains("the form needs 80×24, have 70×20"))
        _ = Dashboard.reduce(&state, .resize(width: 80, height: 24))
        #expect(form(state)?[.srcRegion] == .text("cn-beijing"))
        _ = press(&state, .home, .tab)
        #expect(screen(state).contains("▶ Region") && screen(state).contains("Source"), "scrolling back shows the first fields")
    }

    @Test("D deletes only a stopped task, and only after the id's first 4 characters are typed")
    func deleteFlow() throws {
        var state = Fixtures.loadedState(width: 100, height: 40)
        let running = try #require(state.table.selection)
        #expect(state.task(running)?.status == .synchronizing)
        _ = press(&state, .character("D"))
        #expect(state.overlay == nil)
        #expect(screen(state).contains("D deletes a stopped task; this one is SYNCHRONIZING: stop it first with x"))

        while state.table.selection != Fixtures.key(1) { _ = press(&state, .down) }
        _ = press(&state, .character("D"))
        var text = screen(state)
        #expect(text.contains("Delete task 0d146099-8cf4-437d-b6ef-88e043771c8b?"))
        #expect(text.contains("AWS cn-beijing/media-archive → cn-north-4/media"))
        #expect(text.contains("Type 0d14"))
        #expect(type(&state, "0d15").filter(isCommand).isEmpty)
        #expect(press(&state, .enter).filter(isCommand).isEmpty, "a wrong confirmation sends nothing")
        #expect(screen(state).contains("that is not 0d14: nothing was deleted"))
        _ = press(&state, .backspace)
        _ = type(&state, "4xyz")
        let effects = press(&state, .enter)
        #expect(effects.filter(isCommand) == [.deleteTask(Fixtures.key(1))], "exactly one delete")
        #expect(press(&state, .enter, .character("y")).filter(isCommand).isEmpty)

        let events = Dashboard.reduce(&state, .commandFinished(Fixtures.key(1), .delete, nil))
        #expect(state.overlay == nil)
        #expect(!state.table.rows.contains(Fixtures.key(1)), "the row disappears")
        text = screen(state)
        #expect(text.contains("Deleted 0d14…c8b") && !text.contains("media-archive"))
        #expect(!events.contains { if case .announce(let event) = $0 { event.rule == .taskGone } else { false } })
        state.now += 1000
        _ = Dashboard.reduce(&state, Fixtures.listed(Fixtures.tasks))
        #expect(!state.table.rows.contains(Fixtures.key(1)), "an answer sent before the delete does not bring it back")
    }

    @Test("a refused delete keeps the task and says why")
    func deleteRefused() {
        var state = Fixtures.loadedState(width: 100, height: 40)
        while state.table.selection != Fixtures.key(1) { _ = press(&state, .down) }
        _ = press(&state, .character("D"))
        _ = type(&state, "0d14")
        _ = press(&state, .enter)
        let refusal = ErrorReport(code: "OMS.0073", message: "Failed to delete the task: stop the sync task first.", httpStatus: 400)
        _ = Dashboard.reduce(&state, .commandFinished(Fixtures.key(1), .delete, refusal))
        #expect(screen(state).contains("Failed to delete the task"))
        #expect(state.table.rows.contains(Fixtures.key(1)))
    }

    @Test("read-only binds none of n, c and D, and the help says so")
    func readOnly() {
        var state = Fixtures.loadedState(width: 100, height: 40, readOnly: true)
        while state.table.selection != Fixtures.key(1) { _ = press(&state, .down) }
        for key in ["n", "c", "D"] {
            _ = press(&state, .character(Character(key)))
            #expect(state.overlay == nil, "\(key) does nothing")
        }
        _ = press(&state, .character("?"))
        let help = screen(state)
        #expect(help.contains("read-only: start, stop, create, clone, delete and sync are off"))
        #expect(!help.contains("create a task"))
        var writable = Fixtures.loadedState(width: 100, height: 40)
        _ = press(&writable, .character("?"))
        #expect(screen(writable).contains("create a task in a form"))
    }
}
