import MonitorCore
import OMSCore
import Testing

@Suite("Monitor: request budget, list sweep and freshness, over simulated hours")
struct ScheduleTests {
    /// Runs until the first full load has completed; returns when it did.
    func loaded(_ harness: inout Harness) -> Int64 {
        for _ in 0..<120 where !harness.watch.hasLoaded { harness.run(for: 1_000) }
        #expect(harness.watch.hasLoaded)
        return harness.now
    }

    func visibleKeys(_ harness: Harness, rows: Int) -> [TaskKey] {
        harness.service.ids.suffix(rows).map { TaskKey(profile: "p", id: $0) }
    }

    @Test("with 10,100 tasks the budget holds in every 60 s window for two hours, selection and 25 rows on screen")
    func budgetHolds() {
        var harness = Harness(tasks: 10_100)
        let loadedAt = loaded(&harness)
        #expect(harness.knownIDs.count == 10_100, "the first load brings every task")
        #expect(harness.now - loadedAt < 60_000)
        let visible = visibleKeys(harness, rows: 25)
        harness.interest = Interest(selected: visible[3], visible: visible)
        harness.run(for: 2 * 3_600_000)
        #expect(harness.service.busiestMinute(from: loadedAt) <= 60)
        #expect(harness.service.busiestMinute(from: loadedAt) >= 55, "the budget is used, not left idle")
    }

    @Test("the first load is the one burst: page 1, then every other page at once")
    func firstLoad() {
        var harness = Harness(tasks: 10_100)
        harness.run(for: 1_000)
        #expect(harness.service.sent.map(\.fetch) == [.listPage(profile: "p", offset: 0, sweep: 1)])
        harness.run(for: 1_000)
        #expect(harness.knownIDs.count >= 100, "the first 100 rows after one round trip")
        #expect(harness.service.sent.count == 51, "page 1, then 50 pages in flight at once")
        _ = loaded(&harness)
        #expect(Set(harness.service.sent.compactMap { if case .listPage(_, let offset, _) = $0.fetch { offset } else { nil } }).count == 101)
    }

    @Test("the selected task is shown within one refresh, at every moment, while the sweep runs")
    func selectedStaysFresh() {
        var harness = Harness(tasks: 10_100)
        _ = loaded(&harness)
        let selected = visibleKeys(harness, rows: 1)[0]
        harness.interest = Interest(selected: selected, visible: visibleKeys(harness, rows: 30))
        harness.run(for: 2_000)
        var worst: Int64 = 0
        harness.run(for: 1_800_000) { harness in
            worst = max(worst, harness.now - (harness.monitor.details[selected]?.shownAt ?? 0))
        }
        #expect(worst <= 5_000 + 1_000, "show every refresh (5 s), checked each second")
        let statistics = harness.service.sent.filter { if case .statistics(selected, _, _, _) = $0.fetch { true } else { false } }
        #expect(statistics.count >= 170 && statistics.count <= 181, "statistics every 10 s for 30 minutes")
    }

    /// The worst ages over an hour: the least recently confirmed row, and a row on screen's counters.
    func worstAges(budget: Int) -> (oldestRow: Int64, visibleRow: Int64, sweep: Int64?) {
        var harness = Harness(tasks: 10_100, budget: budget)
        _ = loaded(&harness)
        let visible = visibleKeys(harness, rows: 25)
        harness.interest = Interest(selected: visible[0], visible: visible)
        harness.run(for: 600_000)
        var oldest: Int64 = 0
        var visibleWorst: Int64 = 0
        harness.run(for: 3_600_000) { harness in
            oldest = max(oldest, harness.monitor.oldestRowAge(now: harness.now) ?? 0)
            for key in visible.dropFirst() {
                visibleWorst = max(visibleWorst, harness.now - (harness.monitor.details[key]?.shownAt ?? 0))
            }
        }
        #expect(harness.service.busiestMinute(from: harness.now - 3_600_000) <= budget)
        return (oldest, visibleWorst, harness.watch.lastSweepDuration)
    }

    @Test("at the default budget, with 10,100 tasks, a selection and 24 more rows on screen: a pass every 5 minutes")
    func defaultBudgetAges() {
        // 60 a minute: 30 go to page 1 and the selected task; of the other 30, two thirds to the
        // pass over 101 pages (5 minutes), a quarter to the rows on screen and a twelfth to the
        // alert checks.
        let ages = worstAges(budget: 60)
        #expect(ages.oldestRow <= 320_000)
        #expect(ages.visibleRow <= 380_000)
        #expect(ages.sweep.map { $0 <= 310_000 } == true)
    }

    @Test("with --max-rpm 120 every row is confirmed within 3 minutes and rows on screen within 2 minutes")
    func largerBudgetAges() {
        let ages = worstAges(budget: 120)
        #expect(ages.oldestRow <= 180_000)
        #expect(ages.visibleRow <= 120_000)
    }

    @Test("tasks created and deleted between a sweep's pages are neither lost nor duplicated")
    func churn() {
        var harness = Harness(tasks: 1_050)
        _ = loaded(&harness)
        let survivors = Set(harness.service.ids)
        var deleted: Set<String> = []
        var lost: Set<String> = []
        var tick = 0
        harness.run(for: 1_800_000) { harness in
            tick += 1
            if tick % 7 == 0 { harness.service.create() }
            if tick % 11 == 0 {
                let index = 150 + tick % 700
                deleted.insert(harness.service.ids[index])
                harness.service.delete(at: index)
            }
            let known = harness.knownIDs
            lost.formUnion(survivors.subtracting(deleted).subtracting(known))
        }
        #expect(lost.isEmpty, "a task that exists is never dropped")
        harness.run(for: 600_000)
        #expect(harness.knownIDs == Set(harness.service.ids), "once churn stops, one stable pass leaves exactly the tasks that exist")
        #expect(harness.monitor.taskCount == harness.service.ids.count)
    }

    @Test("a changed count starts a new sweep at once; a completed stable sweep removes what it did not see")
    func countChangeRestartsSweep() {
        var harness = Harness(tasks: 450)
        _ = loaded(&harness)
        harness.run(for: 60_000)
        let before = harness.watch.sweep!
        harness.service.create()
        var restartedAt: Int64?
        harness.run(for: 10_000) { harness in
            if restartedAt == nil, harness.watch.sweep!.count == 451 { restartedAt = harness.watch.sweep!.startedAt }
        }
        #expect(harness.watch.sweep!.number > before.number)
        #expect(harness.watch.count == 451)
        let gone = harness.service.ids[300]
        harness.service.delete(at: 300)
        harness.run(for: 120_000)
        #expect(!harness.knownIDs.contains(gone))
        #expect(harness.knownIDs == Set(harness.service.ids))
    }

    @Test("with one page the list is fresh every refresh, as before: a deleted task leaves at the next refresh")
    func onePage() {
        var harness = Harness(tasks: 5)
        harness.interest = Interest(selected: TaskKey(profile: "p", id: FakeService.id(4)))
        harness.run(for: 2_000)
        #expect(harness.knownIDs.count == 5)
        #expect(harness.monitor.oldestRowAge(now: harness.now) == nil, "no sweep age for a one-page list")
        harness.service.delete(at: 2)
        harness.run(for: 6_000)
        #expect(harness.knownIDs.count == 4)
        let lists = harness.service.sent.filter { if case .listPage = $0.fetch { true } else { false } }
        #expect(lists.count == 2, "one list request per refresh")
    }

    @Test("five tasks on screen: each row's counters every 30 s, within the budget")
    func smallAccount() {
        var harness = Harness(tasks: 5)
        let keys = harness.service.ids.map { TaskKey(profile: "p", id: $0) }
        harness.interest = Interest(selected: keys[0], visible: keys)
        harness.run(for: 600_000)
        let start = harness.now
        harness.run(for: 600_000)
        let shows = harness.service.sent.filter { $0.time > start }.filter { if case .show = $0.fetch { true } else { false } }
        #expect(shows.count >= 120 + 4 * 20 - 2, "the selected task every 5 s, the others every 30 s")
        #expect(harness.service.busiestMinute() <= 60)
    }

    @Test("after a refused credential nothing is sent until the user asks; then exactly one list request")
    func noRetryAfter401() {
        var monitor = Monitor(profiles: [.init(name: "p", region: "r", projectID: "x")], settings: MonitorSettings())
        let first = monitor.due(now: 1_000, interest: Interest())
        #expect(first == [.listPage(profile: "p", offset: 0, sweep: 1)])
        let refused = ErrorReport(code: "APIGW.0301", message: "refused", isAuthenticationFailure: true)
        _ = monitor.receive(.page(profile: "p", offset: 0, sweep: 1, .failure(refused)), now: 1_100)
        for second in 2...600 { #expect(monitor.due(now: Int64(second) * 1_000, interest: Interest()).isEmpty) }
        monitor.refreshNow(selected: nil)
        #expect(monitor.due(now: 601_000, interest: Interest()).count == 1)
    }

    @Test("watch and exporter try refused credentials again once every 10 minutes, page 1 alone, and resume on success")
    func slowRetryAfter401() {
        let settings = MonitorSettings(retryAfterRefusalMilliseconds: MonitorSettings.unattendedRetryAfterRefusalMilliseconds)
        var monitor = Monitor(profiles: [.init(name: "p", region: "r", projectID: "x")], settings: settings)
        let head = Fetch.listPage(profile: "p", offset: 0, sweep: 1)
        #expect(monitor.due(now: 1_000, interest: Interest()) == [head])
        let refused = ErrorReport(code: "APIGW.0301", message: "refused", isAuthenticationFailure: true)
        _ = monitor.receive(.page(profile: "p", offset: 0, sweep: 1, .failure(refused)), now: 1_100)
        var sent: [(Int64, [Fetch])] = []
        for second in Int64(2)...3_600 {
            let due = monitor.due(now: second * 1_000, interest: Interest())
            if !due.isEmpty { sent.append((second * 1_000, due)) }
            for fetch in due {
                guard case .listPage(let profile, let offset, let sweep) = fetch else { continue }
                _ = monitor.receive(.page(profile: profile, offset: offset, sweep: sweep, .failure(refused)), now: second * 1_000 + 100)
            }
        }
        #expect(sent.map(\.0) == [602_000, 1_203_000, 1_804_000, 2_405_000, 3_006_000], "one try 10 minutes after each refusal")
        #expect(sent.allSatisfy { $0.1.count == 1 }, "page 1 alone")
        let page = SyncTaskPage(tasks: [SyncTask(id: "t")], count: 1)
        let retry = monitor.due(now: 3_601_100, interest: Interest())
        #expect(retry.isEmpty)
        let next = monitor.due(now: 3_601_000 + 600_000, interest: Interest())
        guard next.count == 1, case .listPage(_, 0, let sweep) = next[0] else {
            Issue.record("one page 1 is due: \(next)")
            return
        }
        _ = monitor.receive(.page(profile: "p", offset: 0, sweep: sweep, .success(page)), now: 4_201_100)
        #expect(monitor.watches["p"]?.health.authFailure == nil, "a good answer ends the refusal")
        #expect(!monitor.due(now: 4_210_000, interest: Interest()).isEmpty, "polling resumes")
    }

    @Test("r, and a start or stop of this omsdash, make page 1 and the selected task due at once")
    func refreshNowAndCommands() {
        var harness = Harness(tasks: 5)
        let key = TaskKey(profile: "p", id: FakeService.id(2))
        harness.interest = Interest(selected: key)
        harness.run(for: 3_000)
        let sentSince = { (harness: Harness, time: Int64) in harness.service.sent.filter { $0.time > time }.map(\.fetch) }
        var mark = harness.now
        harness.run(for: 1_000)
        #expect(sentSince(harness, mark).isEmpty, "nothing is due a second after a refresh")
        harness.monitor.refreshNow(selected: key)
        mark = harness.now
        harness.run(for: 1_000)
        let refreshed = sentSince(harness, mark)
        #expect(refreshed.contains(.show(key)))
        #expect(refreshed.contains { if case .listPage(_, 0, _) = $0 { true } else { false } })
        harness.monitor.noteCommand(key, started: false, now: harness.now)
        #expect(harness.monitor.task(key)?.status == .stopped)
        mark = harness.now
        harness.run(for: 1_000)
        #expect(sentSince(harness, mark).contains(.show(key)))
    }

    /// One profile "p" of three tasks, loaded at 1 s.
    static func loadedThreeTasks() -> Monitor {
        var monitor = Monitor(profiles: [.init(name: "p", region: "r", projectID: "x")], settings: MonitorSettings())
        var service = FakeService(tasks: 3)
        for fetch in monitor.due(now: 1_000, interest: Interest()) { _ = monitor.receive(service.answer(fetch, sentAt: 1_000), now: 1_000) }
        return monitor
    }

    @Test("failures back off up to a minute and keep the data; a good answer resets the back-off")
    func backoff() {
        var monitor = Self.loadedThreeTasks()
        var now: Int64 = 1_000
        let down = ErrorReport(message: "cannot reach the endpoint")
        for attempt in 1...7 {
            now = monitor.watches["p"]!.health.nextDue
            let due = monitor.due(now: now, interest: Interest())
            let pages = due.filter { if case .listPage = $0 { true } else { false } }
            #expect(pages.count == 1)
            #expect(attempt == 1 || due.count == 1, "no alert checks while page 1 fails")
            _ = monitor.receive(.page(profile: "p", offset: 0, sweep: 1, .failure(down)), now: now)
            #expect(monitor.watches["p"]!.health.nextDue - now == min(60_000, 5_000 << attempt))
            #expect(monitor.taskCount == 3)
        }
    }

    @Test("a throttle's Retry-After holds page 1 back as long as the service asked, when longer than the backoff; at most 10 minutes")
    func retryAfter() {
        var monitor = Self.loadedThreeTasks()
        var now: Int64 = 1_000
        let cases: [(asked: Int64?, wait: Int64)] = [(45_000, 45_000), (1_000, 20_000), (nil, 40_000), (3_600_000, 600_000)]
        for (asked, wait) in cases {
            now = monitor.watches["p"]!.health.nextDue
            #expect(monitor.due(now: now, interest: Interest()).contains { if case .listPage = $0 { true } else { false } })
            let throttled = ErrorReport(code: "APIGW.0308", message: "throttled", httpStatus: 429, retryAfterMilliseconds: asked)
            _ = monitor.receive(.page(profile: "p", offset: 0, sweep: 1, .failure(throttled)), now: now)
            #expect(monitor.watches["p"]!.health.nextDue - now == wait, "Retry-After \(asked.map(String.init) ?? "none")")
        }
        let answer = OMSError.service(ServiceFailure(
            status: 429, errorCode: "APIGW.0308", errorMessage: nil, requestID: nil, operation: .init(name: "ListSyncTasks"),
            retryAfterSeconds: 42))
        #expect(ErrorReport(answer).retryAfterMilliseconds == 42_000, "the client's error carries it into the report")
        for (header, expected) in [("nan", nil), ("-1e300", 0), ("1e300", 600_000), ("inf", 600_000)] as [(String, Int64?)] {
            var failure = ServiceFailure(
                status: 429, errorCode: nil, errorMessage: nil, requestID: nil, operation: .init(name: "ListSyncTasks"))
            failure.retryAfterSeconds = Double(header)
            #expect(ErrorReport(.service(failure)).retryAfterMilliseconds == expected, "Retry-After: \(header)")
        }
    }
}
