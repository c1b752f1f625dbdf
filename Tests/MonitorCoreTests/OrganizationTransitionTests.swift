import MonitorCore
import OMSCore
import Testing

@Suite("Monitor: an organization's accounts joining and leaving, on a virtual clock")
struct OrganizationTransitionTests {
    static func profile(_ account: String, _ region: String) -> Monitor.Profile {
        .init(name: "\(account)/\(region)", region: region, projectID: nil, account: account, organization: "corp")
    }

    static let regions = ["cn-north-4", "cn-east-3"]

    static func profiles(_ accounts: [String]) -> [Monitor.Profile] {
        accounts.flatMap { account in regions.map { profile(account, $0) } }
    }

    /// A harness of `mgmt` (written in the config) and corp's accounts a and b in two regions, loaded.
    func loadedHarness() -> FleetHarness {
        var harness = FleetHarness(profiles: 0)
        let all = [Monitor.Profile(name: "mgmt", region: "cn-north-4", projectID: "p")] + Self.profiles(["a", "b"])
        harness.monitor = Monitor(profiles: all, settings: MonitorSettings())
        for profile in all + Self.profiles(["c"]) { harness.services[profile.name] = FakeService(tasks: 3) }
        for _ in 0..<30 where !harness.everyLoaded { harness.run(for: 1_000) }
        #expect(harness.everyLoaded && harness.monitor.taskCount == 15)
        return harness
    }

    @Test("an account that joins is watched from the next second; one that leaves takes its rows and alerts with it")
    func joinAndLeave() {
        var harness = loadedHarness()
        let keptBefore = harness.monitor.watches["a/cn-north-4"]!
        _ = harness.monitor.credentialRenewal("b/cn-east-3", failing: .verbatim("refused"), now: harness.now)
        let change = harness.monitor.takeListing(of: "corp", profiles: Self.profiles(["a", "c"]), now: harness.now)
        #expect(harness.monitor.profiles.map(\.name) == ["mgmt", "a/cn-north-4", "a/cn-east-3", "c/cn-north-4", "c/cn-east-3"])
        #expect(change.removed.count == 6 && change.removed.allSatisfy { $0.profile.hasPrefix("b/") })
        #expect(harness.monitor.taskCount == 9, "b's 6 tasks leave the count with it")
        #expect(harness.monitor.watches["b/cn-north-4"] == nil && harness.monitor.profilesByName["b/cn-east-3"] == nil)
        let events = change.events.map { "\($0.rule.rawValue) \($0.state.rawValue) \($0.profile)" }
        #expect(events == [
            "credentials_renewal resolved b/cn-east-3", "account_left firing corp/b", "account_joined firing corp/c",
        ])
        #expect(change.events[1].message == "account b left organization corp (or is no longer active): its profiles in cn-north-4, cn-east-3 are no longer watched")
        #expect(harness.monitor.alerts.firing(atLeast: .info).isEmpty, "joins and departures are moments, not conditions")

        let listedAt = harness.now
        harness.run(for: 1_000)
        #expect(harness.heads(of: "c/cn-north-4", from: listedAt).count == 1, "the new account's page 1 goes out at once")
        #expect(harness.heads(of: "a/cn-north-4", from: listedAt).isEmpty, "an account that stayed is not reloaded")
        #expect(harness.monitor.watches["a/cn-north-4"]!.tasks.count == keptBefore.tasks.count)
        #expect(harness.monitor.watches["a/cn-north-4"]!.health.lastSuccess == keptBefore.health.lastSuccess)
        for _ in 0..<30 where !harness.everyLoaded { harness.run(for: 1_000) }
        #expect(harness.monitor.taskCount == 15)
    }

    @Test("a key renewed after renewal failed brings page 1 at once, where it failed meanwhile; elsewhere nothing more")
    func renewalRecovered() {
        var harness = loadedHarness()
        harness.refused = ["b/cn-north-4"]
        harness.monitor.refreshNow(selected: nil)
        harness.run(for: 2_000)
        #expect(harness.monitor.watches["b/cn-north-4"]!.health.authFailure != nil, "refused while its key could not be had")
        _ = harness.monitor.credentialRenewal("b/cn-north-4", failing: .verbatim("agency refused"), now: harness.now)
        _ = harness.monitor.credentialRenewal("a/cn-north-4", failing: .verbatim("502"), now: harness.now)
        harness.run(for: 20_000)
        harness.refused = []
        let renewedAt = harness.now
        _ = harness.monitor.credentialRenewal("b/cn-north-4", failing: nil, now: renewedAt)
        _ = harness.monitor.credentialRenewal("a/cn-north-4", failing: nil, now: renewedAt)
        harness.run(for: 1_500)
        #expect(harness.heads(of: "b/cn-north-4", from: renewedAt) == [renewedAt + 1_000], "page 1 goes out with the new key")
        #expect(harness.monitor.watches["b/cn-north-4"]!.health.authFailure == nil)
        #expect(harness.monitor.watches["b/cn-north-4"]!.health.failures == 0, "and answers")
        #expect(harness.heads(of: "a/cn-north-4", from: renewedAt).isEmpty, "a page 1 that never failed keeps its pace")
    }

    @Test("a page 1 sent before its key was renewed that fails after it goes out again at once, and only once")
    func failedAfterRenewal() throws {
        var monitor = Monitor(profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p")], settings: MonitorSettings())
        let start: Int64 = 1_795_000_000_000
        func pageOne(at now: Int64) -> Int? {
            for case .listPage("bj", 0, let sweep) in monitor.due(now: now, interest: Interest()) { return sweep }
            return nil
        }
        let first = try #require(pageOne(at: start))
        _ = monitor.receive(.page(profile: "bj", offset: 0, sweep: first, .success(SyncTaskPage(tasks: [], count: 0))), now: start + 100)
        let refreshAt = start + MonitorSettings().refreshMilliseconds
        let sent = try #require(pageOne(at: refreshAt))
        _ = monitor.credentialRenewal("bj", failing: .verbatim("IAM refused the source credential"), now: refreshAt + 100)
        _ = monitor.credentialRenewal("bj", failing: nil, now: refreshAt + 200)
        let expired = ErrorReport(message: "credentials expired")
        _ = monitor.receive(.page(profile: "bj", offset: 0, sweep: sent, .failure(expired)), now: refreshAt + 300)
        let again = try #require(pageOne(at: refreshAt + 300), "with the new key, not after the backoff")
        _ = monitor.receive(.page(profile: "bj", offset: 0, sweep: again, .failure(expired)), now: refreshAt + 400)
        #expect(pageOne(at: refreshAt + 1_000) == nil, "a page sent after the renewal that fails waits out its backoff")
    }

    @Test("an answer for a profile whose account left is dropped, not a new watch")
    func lateAnswer() {
        var harness = loadedHarness()
        _ = harness.monitor.takeListing(of: "corp", profiles: Self.profiles(["a"]), now: harness.now)
        let page = SyncTaskPage(tasks: [], count: 0)
        let change = harness.monitor.receive(.page(profile: "b/cn-north-4", offset: 0, sweep: 1, .success(page)), now: harness.now)
        #expect(change == MonitorChange() && harness.monitor.watches["b/cn-north-4"] == nil)
    }

    @Test("a failed listing keeps every profile and fires organization_listing once; the next listing ends it")
    func failedListing() {
        var harness = loadedHarness()
        let first = harness.monitor.listingFailure(of: "corp", .verbatim("HTTP 502"), now: harness.now)
        let again = harness.monitor.listingFailure(of: "corp", .verbatim("HTTP 502"), now: harness.now + 30_000)
        #expect(first.events.map(\.message) == ["the accounts of organization corp cannot be listed, the last known ones stay watched: HTTP 502"])
        #expect(again.events.isEmpty && harness.monitor.profiles.count == 5)
        let listed = harness.monitor.takeListing(of: "corp", profiles: Self.profiles(["a", "b"]), now: harness.now + 60_000)
        #expect(listed.events.map { "\($0.rule.rawValue) \($0.state.rawValue)" } == ["organization_listing resolved"])
        #expect(listed.removed.isEmpty && listed.updated.isEmpty)
    }

    @Test("work per listing does not touch the profiles of other organizations or the config's")
    func otherProfilesUntouched() {
        var harness = loadedHarness()
        let mgmt = harness.monitor.watches["mgmt"]!
        _ = harness.monitor.takeListing(of: "labs", profiles: [
            .init(name: "x/cn-north-4", region: "cn-north-4", projectID: nil, account: "x", organization: "labs"),
        ], now: harness.now)
        _ = harness.monitor.takeListing(of: "labs", profiles: [], now: harness.now)
        #expect(harness.monitor.profiles.count == 5 && harness.monitor.watches["mgmt"]!.tasks.count == mgmt.tasks.count)
    }

    @Test("a member's project, discovered when its first page went out, is learned from the page for its sync URLs")
    func projectLearned() {
        let member = Self.profile("a", "cn-north-4")
        var monitor = Monitor(profiles: [member], settings: MonitorSettings())
        let page = SyncTaskPage(tasks: [SyncTask(id: "t1")], count: 1, projectID: "0b5c3a7e9d214f6c8a1e2b3c4d5e0001")
        _ = monitor.receive(.page(profile: member.name, offset: 0, sweep: 1, .success(page)), now: 1_000)
        #expect(monitor.profiles.first?.projectID == "0b5c3a7e9d214f6c8a1e2b3c4d5e0001")
        #expect(monitor.profilesByName[member.name]?.projectID == "0b5c3a7e9d214f6c8a1e2b3c4d5e0001")
    }
}
