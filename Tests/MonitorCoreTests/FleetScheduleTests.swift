import MonitorCore
import OMSCore
import Testing

/// Many profiles of a few tasks each, on a virtual clock: every second the monitor says what is
/// due, and each profile's fake service answers 100 ms later (or refuses, for the refused ones).
struct FleetHarness {
    var monitor: Monitor
    var services: [String: FakeService]
    var refused: Set<String> = []
    /// Profiles whose endpoint gives no answer (an outage): every request fails unanswered.
    var unanswered: Set<String> = []
    var now: Int64 = 1_800_000_000_000
    var interest = Interest()
    private var pending: [(due: Int64, answer: MonitorAnswer)] = []
    /// Every request sent, with its profile.
    private(set) var sent: [(time: Int64, profile: String, fetch: Fetch)] = []

    static func name(_ index: Int) -> String { "acct-\(String(index).leftPadded(3))" }

    init(profiles: Int, tasks: Int = 5, settings: MonitorSettings = MonitorSettings()) {
        let names = (0..<profiles).map(Self.name)
        monitor = Monitor(profiles: names.map { .init(name: $0, region: "cn-north-4", projectID: $0) }, settings: settings)
        services = Dictionary(uniqueKeysWithValues: names.map { ($0, FakeService(tasks: tasks)) })
    }

    static func profile(of fetch: Fetch) -> String {
        switch fetch {
        case .listPage(let profile, _, _): profile
        case .show(let key), .statistics(let key, _, _, _), .alertCheck(let key, _, _): key.profile
        }
    }

    mutating func run(for milliseconds: Int64) {
        let end = now + milliseconds
        while now < end {
            now += 100
            let ready = pending.filter { $0.due <= now }
            pending.removeAll { $0.due <= now }
            for item in ready { _ = monitor.receive(item.answer, now: now) }
            guard now % 1000 == 0 else { continue }
            for fetch in monitor.due(now: now, interest: interest) {
                let profile = Self.profile(of: fetch)
                sent.append((now, profile, fetch))
                if unanswered.contains(profile), case .listPage(_, let offset, let sweep) = fetch {
                    let silence = ErrorReport(message: "no answer", isUnanswered: true)
                    pending.append((now + 100, .page(profile: profile, offset: offset, sweep: sweep, .failure(silence))))
                } else if refused.contains(profile), case .listPage(_, let offset, let sweep) = fetch {
                    let refusal = ErrorReport(code: "APIGW.0301", message: "refused", isAuthenticationFailure: true)
                    pending.append((now + 100, .page(profile: profile, offset: offset, sweep: sweep, .failure(refusal))))
                } else {
                    pending.append((now + 100, services[profile]!.answer(fetch, sentAt: now)))
                }
            }
        }
    }

    /// The most requests sent in any 60 seconds from `from` on.
    func busiestMinute(from: Int64) -> Int {
        let times = sent.map(\.time).filter { $0 >= from }
        var best = 0, low = 0
        for high in times.indices {
            while times[high] - times[low] >= 60_000 { low += 1 }
            best = max(best, high - low + 1)
        }
        return best
    }

    /// The times page 1 of a profile was asked for, from `from` on.
    func heads(of profile: String, from: Int64) -> [Int64] {
        sent.filter { $0.time >= from && $0.profile == profile && { if case .listPage(_, 0, _) = $0 { true } else { false } }($0.fetch) }
            .map(\.time)
    }

    /// The longest wait between two of `times`, and from the last to now.
    func longestGap(_ times: [Int64]) -> Int64 {
        zip(times, times.dropFirst() + [now]).map { $1 - $0 }.max() ?? .max
    }

    var everyLoaded: Bool { monitor.watches.values.allSatisfy(\.hasLoaded) }
}

@Suite("Monitor: a fleet of many profiles with a few tasks each, over simulated hours")
struct FleetScheduleTests {
    func loaded(_ harness: inout FleetHarness) -> Int64 {
        for _ in 0..<30 where !harness.everyLoaded { harness.run(for: 1_000) }
        #expect(harness.everyLoaded)
        return harness.now
    }

    @Test("at the first load, page 1 of every profile goes out before any other request")
    func pageOneFirst() {
        var harness = FleetHarness(profiles: 100)
        let screen = (0..<25).map { TaskKey(profile: FleetHarness.name($0 / 5), id: FakeService.id($0 % 5)) }
        harness.interest = Interest(selected: screen[0], visible: screen)
        harness.run(for: 1_000)
        let first = harness.sent.prefix(100)
        #expect(first.count == 100)
        #expect(first.allSatisfy { if case .listPage(_, 0, _) = $0.fetch { true } else { false } })
        #expect(Set(first.map(\.profile)).count == 100, "one page 1 per profile")
        _ = loaded(&harness)
        #expect(harness.now <= 1_800_000_003_000, "every profile loaded within a few round trips")
    }

    @Test("a region that answers again: its profiles backing off for want of an answer try at once, not each after its backoff")
    func regionAnswersAgain() {
        var harness = FleetHarness(profiles: 20)
        _ = loaded(&harness)
        let region = (0..<10).map(FleetHarness.name)
        // The outage reaches them one after the other, so their backoffs end at different times.
        for profile in region {
            harness.unanswered.insert(profile)
            harness.monitor.refreshNow(selected: nil)
            harness.run(for: 6_000)
        }
        harness.run(for: 180_000)
        #expect(region.allSatisfy { harness.monitor.watches[$0]!.health.failures >= 3 }, "backing off, up to a minute")
        harness.unanswered = []
        let back = harness.now
        for _ in 0..<70 where harness.heads(of: region[0], from: back).isEmpty && harness.heads(of: region[9], from: back).isEmpty {
            harness.run(for: 1_000)
        }
        let first = harness.now
        harness.run(for: 3_000)
        #expect(region.allSatisfy { !harness.heads(of: $0, from: back).isEmpty }, "every one asked within 3 s of the first answer")
        #expect(region.allSatisfy { harness.monitor.watches[$0]!.health.failures == 0 })
        #expect(first - back <= 61_000)

        // A refused or throttled profile keeps its backoff: only silence is taken back.
        harness.refused = [region[0]]
        harness.monitor.refreshNow(selected: nil)
        harness.run(for: 5_000)
        let refusedAt = harness.now
        harness.unanswered = [region[1]]
        harness.run(for: 90_000)
        harness.unanswered = []
        harness.run(for: 70_000)
        #expect(harness.heads(of: region[0], from: refusedAt).isEmpty, "the refused profile waits for r")
    }

    @Test("idle with 100 profiles × 5 tasks: at most 600 requests a minute, off-screen profiles at the background pace, on-screen ones every refresh")
    func idlePaces() {
        var harness = FleetHarness(profiles: 100)
        let screen = (0..<30).map { TaskKey(profile: FleetHarness.name($0 / 5), id: FakeService.id($0 % 5)) }
        harness.interest = Interest(selected: screen[7], visible: screen)
        let start = loaded(&harness)
        harness.run(for: 30 * 60_000)
        let settled = start + 120_000
        #expect(harness.busiestMinute(from: settled) <= 600)
        let perMinute = Double(harness.sent.filter { $0.time >= settled }.count) / 28
        #expect(perMinute < 600, "\(perMinute) requests a minute")
        let onScreen = harness.heads(of: FleetHarness.name(1), from: settled)
        #expect(harness.longestGap(onScreen) <= 6_000, "a profile on screen: page 1 every refresh")
        let offScreen = harness.heads(of: FleetHarness.name(50), from: settled)
        #expect(harness.longestGap(offScreen) <= 31_000 && harness.longestGap(offScreen) >= 29_000, "off screen: every 30 s")
        #expect(offScreen.count <= 57, "and no more often")
    }

    @Test("the fleet's ceiling holds in every 60 s window for two hours and is shared: every profile's page 1 within 2 minutes")
    func ceilingShared() {
        var harness = FleetHarness(profiles: 100, settings: MonitorSettings(requestsPerMinuteTotal: 120))
        let screen = (0..<10).map { TaskKey(profile: FleetHarness.name(0), id: FakeService.id($0 % 5)) }
        harness.interest = Interest(selected: screen[0], visible: screen)
        let start = loaded(&harness)
        harness.run(for: 2 * 3_600_000)
        #expect(harness.busiestMinute(from: start + 60_000) <= 120, "the first screen's burst aside")
        #expect(harness.busiestMinute(from: start + 60_000) >= 110, "the ceiling is used, not left idle")
        for index in 0..<100 {
            let gap = harness.longestGap(harness.heads(of: FleetHarness.name(index), from: start + 60_000))
            #expect(gap <= 120_000, "\(FleetHarness.name(index)): \(gap) ms without page 1")
        }
    }

    @Test("the selected task's profile is refreshed at the foreground pace, wherever it is in the fleet")
    func selectedForeground() {
        var harness = FleetHarness(profiles: 100)
        let selected = TaskKey(profile: FleetHarness.name(73), id: FakeService.id(2))
        harness.interest = Interest(selected: selected)
        let start = loaded(&harness)
        harness.run(for: 10 * 60_000)
        #expect(harness.longestGap(harness.heads(of: selected.profile, from: start + 30_000)) <= 6_000)
        let shows = harness.sent.filter { $0.time >= start + 30_000 && $0.fetch == .show(selected) }.map(\.time)
        #expect(harness.longestGap(shows) <= 6_000, "the selected task every refresh")
    }

    @Test("one refused profile sends nothing more until r, whatever the others do; r asks it once")
    func refusedSilent() {
        var harness = FleetHarness(profiles: 20)
        harness.refused = [FleetHarness.name(4)]
        harness.run(for: 3_000)
        let refusedAt = harness.now
        harness.run(for: 30 * 60_000)
        #expect(harness.sent.filter { $0.time > refusedAt && $0.profile == FleetHarness.name(4) }.isEmpty)
        #expect(harness.heads(of: FleetHarness.name(5), from: refusedAt).count >= 55, "the others go on")
        harness.monitor.refreshNow(selected: nil)
        let asked = harness.now
        harness.run(for: 10_000)
        #expect(harness.sent.filter { $0.time > asked && $0.profile == FleetHarness.name(4) }.count == 1)
    }

    @Test("the exporter over 100 profiles: at most 600 requests a minute, every task's counters at most 2 minutes old")
    func exporterPace() {
        var harness = FleetHarness(profiles: 100)
        harness.interest = Interest(face: .everyTaskCounters)
        let start = loaded(&harness)
        harness.run(for: 30 * 60_000)
        let settled = start + 180_000
        #expect(harness.busiestMinute(from: settled) <= 600)
        for index in stride(from: 0, to: 100, by: 7) {
            let key = TaskKey(profile: FleetHarness.name(index), id: FakeService.id(3))
            let shows = harness.sent.filter { $0.time >= settled && $0.fetch == .show(key) }.map(\.time)
            #expect(harness.longestGap(shows) <= 125_000, "\(key.profile): counters \(harness.longestGap(shows)) ms apart")
        }
        #expect(harness.longestGap(harness.heads(of: FleetHarness.name(9), from: settled)) <= 31_000, "page 1 at the background pace")
    }

    @Test("2,000 profiles idle, dashboard and exporter: a pass looks at the profiles it sends for and those on screen, not at the fleet")
    func passCostFollowsWork() {
        for countersOfEveryTask in [false, true] {
            var harness = FleetHarness(profiles: 2_000)
            let screen = (0..<20).map { TaskKey(profile: FleetHarness.name($0 / 5), id: FakeService.id($0 % 5)) }
            harness.interest =
                countersOfEveryTask ? Interest(face: .everyTaskCounters) : Interest(selected: screen[0], visible: screen)
            harness.run(for: 5 * 60_000)
            var worst = 0
            var lookedAt = 0
            for _ in 0..<600 {
                let sentBefore = harness.sent.count
                harness.run(for: 1_000)
                let sent = harness.sent.count - sentBefore
                lookedAt += harness.monitor.lastPassLookedAt
                worst = max(worst, harness.monitor.lastPassLookedAt - sent)
            }
            let onScreen = countersOfEveryTask ? 0 : 4
            // Besides those it sends for, a pass looks again at the profiles the ceiling held back
            // at its end and at those whose answers came since: a few, never thousands.
            #expect(worst <= onScreen * 2 + 20, "a pass looked at \(worst) profiles more than it sent for")
            #expect(lookedAt / 600 <= 30, "\(lookedAt / 600) profiles a pass on average")
            #expect(harness.busiestMinute(from: harness.now - 540_000) <= 600)
        }
    }

    @Test("watch --once over 100 profiles: the checks of every loaded profile go out in the pass after its list, within the ceiling")
    func onceAtOnce() {
        var harness = FleetHarness(profiles: 100)
        harness.interest = Interest(face: .checkOnce)
        harness.run(for: 1_000)
        #expect(harness.sent.count == 100, "page 1 of every profile first")
        harness.run(for: 1_000)
        let checks = harness.sent.filter { if case .alertCheck = $0.fetch { true } else { false } }
        let synchronizing = harness.monitor.watches.values.reduce(0) { count, watch in
            count + watch.tasks.values.filter { $0.task.status == .synchronizing }.count
        }
        #expect(synchronizing >= 100)
        #expect(checks.count == synchronizing, "every synchronizing task checked in one pass")
        #expect(Set(checks.map(\.time)).count == 1)
        #expect(harness.busiestMinute(from: 0) <= 600)
    }
}
