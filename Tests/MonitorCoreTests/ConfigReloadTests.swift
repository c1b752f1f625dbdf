import MonitorCore
import OMSCore
import Testing

@Suite("Monitor: a config read again while watching, on a virtual clock")
struct ConfigReloadTests {
    static func profile(_ index: Int) -> Monitor.Profile {
        .init(name: FleetHarness.name(index), region: "cn-north-4", projectID: FleetHarness.name(index))
    }

    func loadedHarness(profiles: Int) -> FleetHarness {
        var harness = FleetHarness(profiles: profiles, tasks: 3)
        for index in profiles..<(profiles + 3) { harness.services[FleetHarness.name(index)] = FakeService(tasks: 3) }
        for _ in 0..<30 where !harness.everyLoaded { harness.run(for: 1_000) }
        #expect(harness.everyLoaded && harness.monitor.taskCount == 3 * profiles)
        return harness
    }

    @Test("2 profiles added and 3 removed: the 7 kept keep their tasks and pace, the new ones load at once, the removed leave with their alerts")
    func addAndRemove() {
        var harness = loadedHarness(profiles: 10)
        let kept = [0, 2, 3, 5, 6, 8, 9]
        let keptBefore = kept.map { harness.monitor.watches[FleetHarness.name($0)]! }
        _ = harness.monitor.credentialRenewal(FleetHarness.name(1), failing: .verbatim("refused"), now: harness.now)
        let listed = (kept + [10, 11]).map(Self.profile)
        let reloadedAt = harness.now
        let change = harness.monitor.takeConfig(profiles: listed, settings: harness.monitor.settings, now: reloadedAt)

        #expect(harness.monitor.profiles.map(\.name) == listed.map(\.name), "the config's order")
        #expect(Set(change.removed.map(\.profile)) == Set([1, 4, 7].map(FleetHarness.name)))
        #expect(change.events.map { "\($0.rule.rawValue) \($0.state.rawValue) \($0.profile)" } == ["credentials_renewal resolved acct-001"])
        #expect(change.events.first?.message == "the profile is no longer watched: the config read again does not name it")
        #expect(harness.monitor.taskCount == 21, "the removed profiles' tasks leave the count")
        harness.run(for: 1_000)
        #expect(harness.heads(of: FleetHarness.name(10), from: reloadedAt).count == 1, "a new profile's page 1 goes out at once")
        for index in kept { #expect(harness.heads(of: FleetHarness.name(index), from: reloadedAt).isEmpty, "a kept profile is not reloaded") }
        for (index, before) in zip(kept, keptBefore) {
            let after = harness.monitor.watches[FleetHarness.name(index)]!
            #expect(after.tasks == before.tasks && after.health.lastSuccess == before.health.lastSuccess)
        }
        for _ in 0..<30 where !harness.everyLoaded { harness.run(for: 1_000) }
        #expect(harness.monitor.taskCount == 27)
    }

    @Test("a profile whose connection changed starts again; one named as before costs nothing")
    func restarting() {
        var harness = loadedHarness(profiles: 3)
        let listed = (0..<3).map(Self.profile)
        let reloadedAt = harness.now
        let change = harness.monitor.takeConfig(
            profiles: listed, restarting: [FleetHarness.name(2)], settings: harness.monitor.settings, now: reloadedAt)
        #expect(change.removed.count == 3 && change.removed.allSatisfy { $0.profile == FleetHarness.name(2) })
        harness.run(for: 1_000)
        #expect(harness.heads(of: FleetHarness.name(2), from: reloadedAt).count == 1)
        #expect(harness.heads(of: FleetHarness.name(0), from: reloadedAt).isEmpty)
        #expect(harness.monitor.profiles.map(\.name) == listed.map(\.name))
    }

    @Test("the new settings apply at once: a slower refresh, and the alerts of a rule turned off end")
    func newSettings() {
        var harness = loadedHarness(profiles: 1)
        let name = FleetHarness.name(0)
        _ = harness.monitor.credentialRenewal(name, failing: .verbatim("refused"), now: harness.now)
        #expect(harness.monitor.alerts.firing(atLeast: .info).count == 1)
        var settings = MonitorSettings(refreshSeconds: 20)
        settings.alerts.enabled.remove(.credentialsRenewal)
        let reloadedAt = harness.now
        let change = harness.monitor.takeConfig(profiles: [Self.profile(0)], settings: settings, now: reloadedAt)
        #expect(change.events.map(\.message) == ["the rule is turned off in the config read again"])
        #expect(harness.monitor.alerts.firing(atLeast: .info).isEmpty)
        #expect(harness.monitor.settings.refreshMilliseconds == 20_000)
        harness.run(for: 60_000)
        let heads = harness.heads(of: name, from: reloadedAt)
        #expect(heads.count <= 4, "page 1 every 20 s now: \(heads.map { $0 - reloadedAt })")
    }
}
