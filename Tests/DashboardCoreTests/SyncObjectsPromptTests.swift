import MonitorCore
import OMSCore
import Testing

@testable import DashboardCore

@Suite("f: object names typed or pasted, reviewed as batches, one POST a batch")
struct SyncObjectsPromptTests {
    func type(_ text: String, into state: inout AppState) {
        for character in text { _ = Dashboard.reduce(&state, .key(character == "\n" ? .enter : .character(character))) }
    }

    @Test("names one a line or separated by commas; Ctrl-S shows the batches; y sends exactly one effect with every batch")
    func typedAndSent() throws {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(0)
        _ = Dashboard.reduce(&state, .key(.character("f")))
        guard case .syncObjects = state.overlay else { Issue.record("no prompt"); return }
        type("logs/2026/12/01.gz, photos/猫 1.jpg\n  a+b  \n\n", into: &state)
        var screen = Dashboard.render(state).text
        #expect(screen.contains("Object names for task d18b…a3e"))
        #expect(screen.contains("3 names in 1 batch · Ctrl-S review"))
        #expect(Dashboard.reduce(&state, .key(.control("s"))).isEmpty)
        screen = Dashboard.render(state).text
        #expect(screen.contains("Send 3 names in 1 batch to task d18b…a3e?"))
        #expect(screen.contains("[ Cancel ]"), "Cancel is focused")
        let effects = Dashboard.reduce(&state, .key(.character("y")))
        #expect(effects.filter { if case .syncObjects = $0 { true } else { false } }.count == 1)
        #expect(effects.contains(.syncObjects(Fixtures.key(0), [CreateSyncEventsRequest(names: ["logs/2026/12/01.gz", "photos/猫 1.jpg", "a+b"])])))
        #expect(Dashboard.render(state).text.contains("Sending 3 names in 1 batch… waiting for OMS"))
        #expect(Dashboard.reduce(&state, .key(.character("y"))).allSatisfy { if case .syncObjects = $0 { false } else { true } },
                "a second y while sending sends nothing")
        _ = Dashboard.reduce(&state, .commandFinished(Fixtures.key(0), .syncObjects, nil))
        #expect(state.overlay == nil)
        #expect(Dashboard.render(state).text.contains("✓ Sent 3 names to d18b…a3e: OMS accepted them"))
    }

    @Test("25 names make 3 batches of 10, 10 and 5")
    func batches() throws {
        var prompt = SyncObjectsPrompt(key: Fixtures.key(0), route: "r")
        prompt.field = TextField((1...25).map { "object \($0)" }.joined(separator: "\n"), multiline: true)
        let batches = try prompt.batches.get()
        #expect(batches.map(\.objectKeys.count) == [10, 10, 5])
        #expect(batches.flatMap(\.names) == (1...25).map { "object \($0)" })
    }

    @Test("nothing typed, too many names or one too long: Ctrl-S says why and sends nothing")
    func problems() {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(0)
        _ = Dashboard.reduce(&state, .key(.character("f")))
        #expect(Dashboard.reduce(&state, .key(.control("s"))).isEmpty)
        #expect(Dashboard.render(state).text.contains("✗ type or paste at least one object name"))
        var prompt = SyncObjectsPrompt(key: Fixtures.key(0), route: "r")
        prompt.field = TextField((0...SyncObjectsPrompt.maxNames).map(String.init).joined(separator: ","), multiline: true)
        #expect(prompt.batches == .failure(.tooMany(SyncObjectsPrompt.maxNames + 1)))
        prompt.field = TextField("ok\n" + String(repeating: "路", count: 2_000), multiline: true)
        #expect(prompt.batches == .failure(.name(2, .tooLong(encodedLength: 18_000))))
    }

    @Test("a failure keeps the dialog with the answer; the error stays in the status bar")
    func failure() {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(0)
        _ = Dashboard.reduce(&state, .key(.character("f")))
        type("x", into: &state)
        _ = Dashboard.reduce(&state, .key(.control("s")))
        _ = Dashboard.reduce(&state, .key(.character("y")))
        let refusal = ErrorReport(code: "OMS.0071", message: "OMS.0071 (HTTP 400): The sync task is stopped", httpStatus: 400)
        _ = Dashboard.reduce(&state, .commandFinished(Fixtures.key(0), .syncObjects, refusal))
        let screen = Dashboard.render(state).text
        #expect(screen.contains("✗ OMS.0071 (HTTP 400): The sync task is stopped"))
        _ = Dashboard.reduce(&state, .key(.character("z")))
        #expect(state.overlay == nil && state.status.error == refusal)
    }

    @Test("f on a stopped task says why not; read-only does not bind f")
    func notBound() {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(1)
        _ = Dashboard.reduce(&state, .key(.character("f")))
        #expect(state.overlay == nil)
        #expect(Dashboard.render(state).text.contains("f sends object names to a synchronizing task; this one is STOPPED"))
        var readOnly = Fixtures.loadedState(readOnly: true)
        readOnly.table.selection = Fixtures.key(0)
        _ = Dashboard.reduce(&readOnly, .key(.character("f")))
        #expect(readOnly.overlay == nil)
        #expect(!Dashboard.render(readOnly).text.contains("f sync"))
    }

    @Test("the detail pane names the task's synchronization URL when the profile's endpoint is known")
    func syncURL() throws {
        var state = AppState(
            profiles: [.init(name: "bj", region: "cn-north-4", projectID: "0b5c3a7e9d214f6c8a1e2b3c4d5e1f23",
                             endpoint: try Endpoint(parsing: "https://oms.cn-north-4.myhuaweicloud.com"))],
            now: Fixtures.now, width: 160, height: 40)
        _ = Dashboard.reduce(&state, Fixtures.listed(Fixtures.tasks))
        state.table.selection = Fixtures.key(0)
        #expect(Dashboard.render(state).text.contains(
            " Sync URL     https://oms.cn-north-4.myhuaweicloud.com/v2/0b5c3a7e9d214f6c8a1e2b3c4d5e1f23/sync-tasks/d18befdd-eb82-41f3-8019-bbb593d74a3e/events"))
    }
}
