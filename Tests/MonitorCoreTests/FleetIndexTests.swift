import MonitorCore
import OMSCore
import Testing

@Suite("Monitor: each profile's polling state, kept as answers come")
struct FleetIndexTests {
    @Test("connecting, live, failing and stale, refused and asked again, gone: the index follows every profile's health")
    func followsHealth() {
        var harness = FleetHarness(profiles: 3)
        let health = { (harness: FleetHarness) in harness.monitor.fleetHealth }
        #expect(health(harness).count(.connecting) == 3 && health(harness).oldestSuccess == nil)
        for _ in 0..<10 where !harness.everyLoaded { harness.run(for: 1_000) }
        #expect(health(harness).count(.live) == 3)
        let oldest = harness.monitor.watches.values.compactMap(\.health.lastSuccess).min()
        #expect(health(harness).oldestSuccess == oldest)

        let name = FleetHarness.name(1)
        let failure = ErrorReport(code: "OMS.0500", message: "down", httpStatus: 502)
        for attempt in 1...3 {
            _ = harness.monitor.receive(.page(profile: name, offset: 0, sweep: 1, .failure(failure)), now: harness.now + Int64(attempt))
            #expect(health(harness).state(of: name) == .failing)
            #expect(health(harness).stale.contains(name) == (attempt >= PollState.staleAfterFailures))
        }
        let refusal = ErrorReport(code: "APIGW.0301", message: "refused", isAuthenticationFailure: true)
        let other = FleetHarness.name(2)
        _ = harness.monitor.receive(.page(profile: other, offset: 0, sweep: 1, .failure(refusal)), now: harness.now)
        #expect(health(harness).profiles(in: .refused) == [other])
        #expect(health(harness).count(.live) == 1)
        harness.monitor.refreshNow(selected: nil)
        #expect(health(harness).state(of: other) != .refused, "r clears the refusal")

        _ = harness.monitor.takeListing(of: "corp", profiles: [], now: harness.now)
        #expect(health(harness).count(.live) + health(harness).count(.failing) + health(harness).count(.refused) == 3, "no organization profile: nothing leaves")
    }

    @Test("an answer says whose polling changed phase: failing, stale, live again; the same phase again says nothing")
    func healthChanges() {
        var harness = FleetHarness(profiles: 2)
        for _ in 0..<10 where !harness.everyLoaded { harness.run(for: 1_000) }
        let name = FleetHarness.name(1)
        let failure = ErrorReport(code: "OMS.0500", message: "down", httpStatus: 502)
        let page = { (result: Result<SyncTaskPage, ErrorReport>) in MonitorAnswer.page(profile: name, offset: 0, sweep: 1, result) }
        var changed: [Set<String>] = []
        for attempt in 1...PollState.staleAfterFailures + 1 {
            changed.append(harness.monitor.receive(page(.failure(failure)), now: harness.now + Int64(attempt)).healthChanged)
        }
        let healthy = SyncTaskPage(tasks: Array(harness.monitor.watches[name]!.tasks.values.map(\.task)), count: 5)
        changed.append(harness.monitor.receive(page(.success(healthy)), now: harness.now + 10).healthChanged)
        changed.append(harness.monitor.receive(page(.success(healthy)), now: harness.now + 11).healthChanged)
        let expected: [Set<String>] = [[name]] + Array(repeating: [], count: PollState.staleAfterFailures - 2) + [[name], [], [name], []]
        #expect(changed == expected, "backing off, then stale at the third failure, then live")
    }

    @Test("an account that leaves leaves the index; one that joins is connecting")
    func accountsComeAndGo() {
        let profile = { (account: String) in
            Monitor.Profile(name: account + "/cn-north-4", region: "cn-north-4", projectID: nil, account: account, organization: "corp")
        }
        var monitor = Monitor(profiles: [profile("a"), profile("b")], settings: MonitorSettings())
        _ = monitor.takeListing(of: "corp", profiles: [profile("a"), profile("c")], now: 1_000)
        #expect(monitor.fleetHealth.state(of: "b/cn-north-4") == nil)
        #expect(monitor.fleetHealth.profiles(in: .connecting) == ["a/cn-north-4", "c/cn-north-4"])
        #expect(monitor.profilePositions == ["a/cn-north-4": 0, "c/cn-north-4": 1])
    }

    @Test("the task count follows answers and deletes without walking the profiles")
    func taskCount() {
        var harness = FleetHarness(profiles: 2)
        for _ in 0..<10 where !harness.everyLoaded { harness.run(for: 1_000) }
        #expect(harness.monitor.taskCount == 10)
        let key = TaskKey(profile: FleetHarness.name(0), id: FakeService.id(2))
        _ = harness.monitor.noteDeleted(key, now: harness.now)
        _ = harness.monitor.noteDeleted(key, now: harness.now)
        #expect(harness.monitor.taskCount == 9, "a task deleted twice counts once")
        harness.services[key.profile]!.delete(at: 2)
        harness.run(for: 60_000)
        #expect(harness.monitor.taskCount == 9)
        #expect(harness.monitor.taskCount == harness.monitor.watches.values.reduce(0) { $0 + $1.tasks.count })
    }
}
