import MonitorCore
import OMSCore
import Testing

@testable import DashboardCore

@Suite("F: a task's failed objects from its lists, filtered, marked and re-driven through one review")
struct FailedObjectsViewTests {
    /// A summary of `count` objects, every third timed out, the rest gone.
    static func summary(_ count: Int) -> ObjectListSummary {
        let prefix = ObjectListKind.failed.prefix(taskID: Fixtures.key(0).id)
        var summary = ObjectListSummary(kind: .failed, bucket: "logs-obs", prefix: prefix, limit: FailedObjectsView.kept)
        let file = ObjectListFile(
            StoredObject(key: prefix + "sync-1/20261207090000.failed_list.txt", size: 1, lastModified: "2026-12-07T09:00:00.000Z"),
            kind: .failed, prefix: prefix)!
        summary.found([file], reading: [file])
        for index in 0..<count {
            let timedOut = index % 3 == 0
            summary.add(ListedObject(
                name: "logs/\(index).gz", reason: timedOut ? "timed out" : "gone", errorCode: timedOut ? "RequestTimeout" : "NoSuchKey",
                time: "2026-12-07 10:00:00", list: prefix + "sync-1/20261207090000.failed_list.txt", line: index + 1))
        }
        return summary
    }

    /// The dashboard with the failed objects of task 0 open and read.
    func opened(_ count: Int = 12, readOnly: Bool = false) throws -> AppState {
        var state = Fixtures.loadedState(readOnly: readOnly)
        state.table.selection = Fixtures.key(0)
        let effects = Dashboard.reduce(&state, .key(.character("F")))
        let read = try #require(effects.first { if case .readObjectLists = $0 { true } else { false } })
        #expect(read == .readObjectLists(Fixtures.key(0), bucket: "logs-obs", region: "cn-north-4", limit: FailedObjectsView.kept))
        #expect(Dashboard.render(state).text.contains("reading the failed-object lists in bucket logs-obs…"))
        _ = Dashboard.reduce(&state, .objectListsRead(Fixtures.key(0), .success(Self.summary(count))))
        return state
    }

    private var view: (AppState) -> FailedObjectsView? {
        { state in if case .failedObjects(let view)? = state.overlay { view } else { nil } }
    }

    @Test("the counts, the objects, three marked with Space and one review that sends exactly their names")
    func markAndRedrive() throws {
        var state = try opened()
        var screen = Dashboard.render(state).text
        #expect(screen.contains("12 failed in 1 lists, the newest written 2026-12-07 09:00 UTC · 12 shown"))
        #expect(screen.contains("NoSuchKey 8 · RequestTimeout 4"))
        #expect(screen.contains("logs/0.gz") && screen.contains("RequestTimeout"))
        for _ in 0..<3 { _ = Dashboard.reduce(&state, .key(.character(" "))) }
        #expect(view(state)?.marked == ["logs/0.gz", "logs/1.gz", "logs/2.gz"])
        screen = Dashboard.render(state).text
        #expect(screen.contains("· 3 marked") && screen.contains("• logs/0.gz"), "marks show in words, in every theme")
        #expect(Dashboard.reduce(&state, .key(.character("f"))).isEmpty, "the review asks first")
        #expect(Dashboard.render(state).text.contains("Send 3 names in 1 batch to task d18b…a3e?"))
        let effects = Dashboard.reduce(&state, .key(.character("y")))
        #expect(effects == [.syncObjects(Fixtures.key(0), [CreateSyncEventsRequest(names: ["logs/0.gz", "logs/1.gz", "logs/2.gz"])])])
        _ = Dashboard.reduce(&state, .commandFinished(Fixtures.key(0), .syncObjects, nil))
        #expect(view(state)?.marked == [], "back on the list, the sent ones unmarked")
        #expect(Dashboard.render(state).text.contains("✓ Sent 3 names to d18b…a3e"))
    }

    @Test("the filter narrows the objects; with no marks, re-drive takes every one shown; Cancel goes back")
    func filterThenRedriveShown() throws {
        var state = try opened()
        _ = Dashboard.reduce(&state, .key(.character("/")))
        for character in "timeout" { _ = Dashboard.reduce(&state, .key(.character(character))) }
        _ = Dashboard.reduce(&state, .key(.enter))
        #expect(view(state)?.shown.map(\.name) == ["logs/0.gz", "logs/3.gz", "logs/6.gz", "logs/9.gz"])
        #expect(Dashboard.render(state).text.contains("4 shown"))
        _ = Dashboard.reduce(&state, .key(.character("f")))
        guard case .syncObjects(let prompt)? = state.overlay else { Issue.record("no review"); return }
        #expect(prompt.names == ["logs/0.gz", "logs/3.gz", "logs/6.gz", "logs/9.gz"])
        _ = Dashboard.reduce(&state, .key(.character("n")))
        #expect(view(state)?.filterField.value == "timeout", "Cancel goes back to the list as it was")
    }

    @Test("what cannot be done says why: read-only, too many names, a refused bucket, no list yet")
    func refusals() throws {
        var state = try opened(readOnly: true)
        #expect(Dashboard.reduce(&state, .key(.character("f"))).isEmpty && view(state) != nil, "read-only: f re-drives nothing")
        #expect(!Dashboard.render(state).text.contains("re-drive"), "nor is it offered")
        state = try opened(FailedObjectsView.maxRedrive + 1)
        #expect(Dashboard.reduce(&state, .key(.character("f"))).isEmpty)
        #expect(Dashboard.render(state).text.contains("at most 1,000 names are re-driven from here: for 1,001, run omsdash sync-objects"))
        let denied = ErrorReport(OMSError.storage(StorageFailure(
            status: 403, code: "AccessDenied", message: "Access Denied", requestID: nil, endpoint: "https://obs.cn-north-4.myhuaweicloud.com",
            bucket: "logs-obs", key: nil, credentials: "AK OMSD…01")))
        _ = Dashboard.reduce(&state, .objectListsRead(Fixtures.key(0), .failure(denied)))
        #expect(Dashboard.render(state).text.contains("✗ OBS does not let AK OMSD…01 read bucket logs-obs (AccessDenied)"))
        _ = Dashboard.reduce(&state, .objectListsRead(Fixtures.key(0), .success(ObjectListSummary(kind: .failed, bucket: "logs-obs", prefix: "p/"))))
        #expect(Dashboard.render(state).text.contains("no failed-object list yet for task"))
        _ = Dashboard.reduce(&state, .key(.escape))
        #expect(state.overlay == nil)
    }
}

@Suite("The detail pane's line on the failed-object lists: read at a slow pace, never on every refresh")
struct ListGlancesTests {
    private func glances(_ effects: [Effect]) -> [Effect] {
        effects.filter { if case .glanceObjectLists = $0 { true } else { false } }
    }

    @Test("a task in the detail pane for 2 s has its newest lists read once, then not again for 10 minutes; moving on reads nothing")
    func pace() {
        var state = Fixtures.loadedState()
        let start = state.now
        state.table.selection = Fixtures.key(0)
        #expect(glances(Dashboard.reduce(&state, .tick(now: start - 5_000))).isEmpty)
        #expect(glances(Dashboard.reduce(&state, .tick(now: start - 1_000))).isEmpty, "selected in the table only: nothing read")
        _ = Dashboard.reduce(&state, .tick(now: start))
        _ = Dashboard.reduce(&state, .key(.enter))
        #expect(glances(Dashboard.reduce(&state, .tick(now: start))).isEmpty, "just selected")
        #expect(glances(Dashboard.reduce(&state, .tick(now: start + 1_000))).isEmpty, "not selected long enough")
        #expect(glances(Dashboard.reduce(&state, .tick(now: start + 2_500))) == [.glanceObjectLists(Fixtures.key(0), bucket: "logs-obs", region: "cn-north-4")])
        #expect(glances(Dashboard.reduce(&state, .tick(now: start + 3_500))).isEmpty, "one read at a time")
        let glance = ObjectListGlance(names: 1_204, lists: 7, newestWritten: "2026-12-07T09:00:00.000Z")
        _ = Dashboard.reduce(&state, .objectListsGlanced(Fixtures.key(0), .success(glance)))
        let screen = Dashboard.render(state).text
        #expect(screen.contains("Route        Aliyun · cn-beijing · logs-prod → cn-north-4 · logs-obs · STANDARD · failed lists: 1,204 (2026-12-07 09:00 UTC, F)"), "\(screen)")
        #expect(glances(Dashboard.reduce(&state, .tick(now: start + 300_000))).isEmpty, "within 10 minutes")
        #expect(glances(Dashboard.reduce(&state, .tick(now: start + 604_000))).count == 1, "after 10 minutes, again")
        state.table.selection = Fixtures.key(1)
        #expect(glances(Dashboard.reduce(&state, .tick(now: start + 604_500))).isEmpty, "a new selection waits its 2 s")
    }
}
