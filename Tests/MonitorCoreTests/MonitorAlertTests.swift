import MonitorCore
import OMSCore
import Testing

@Suite("Monitor: alert rules on every answer, over simulated time")
struct MonitorAlertTests {
    func key(_ harness: Harness, _ index: Int) -> TaskKey { TaskKey(profile: "p", id: harness.service.ids[index]) }

    func rules(_ events: [AlertEvent]) -> [String] { events.map { "\($0.rule.rawValue) \($0.state.rawValue)" } }

    @Test("a task stopped outside fires task_stopped once; synchronizing again resolves it")
    func stoppedOutside() {
        var harness = Harness(tasks: 5)
        harness.run(for: 10_000)
        #expect(harness.events.isEmpty, "the first load fires nothing")
        let stopped = key(harness, 2)
        harness.service.stopped.insert(stopped.id)
        harness.run(for: 20_000)
        #expect(rules(harness.events) == ["task_stopped firing"])
        #expect(harness.events.first?.taskID == stopped.id)
        #expect(harness.events.first?.severity == .warning)
        #expect(harness.monitor.alerts.isFiring(AlertKey(rule: .taskStopped, profile: "p", taskID: stopped.id)))
        harness.service.stopped.remove(stopped.id)
        harness.run(for: 10_000)
        #expect(rules(harness.events) == ["task_stopped firing", "task_stopped resolved"])
        #expect(harness.events.last?.message == "synchronizing again")
    }

    @Test("a stop made by this omsdash is not an alert, even when an older answer still shows it synchronizing")
    func ownStop() {
        var harness = Harness(tasks: 5, latency: 3_000)
        harness.run(for: 10_000)
        let target = key(harness, 1)
        harness.run(for: 500)  // a page is under way and will answer "synchronizing"
        harness.monitor.noteCommand(target, started: false, now: harness.now)
        harness.service.stopped.insert(target.id)
        harness.run(for: 30_000)
        #expect(harness.monitor.task(target)?.status == .stopped)
        #expect(harness.events.isEmpty)
    }

    @Test("tasks appearing after the first load and leaving the list are info events that never stay firing")
    func appearedAndGone() {
        var harness = Harness(tasks: 5)
        harness.run(for: 10_000)
        harness.service.create()
        let created = key(harness, 0)
        harness.run(for: 10_000)
        harness.service.delete(at: 3)
        harness.run(for: 10_000)
        #expect(rules(harness.events) == ["task_appeared firing", "task_gone firing"])
        #expect(harness.events[0].taskID == created.id)
        #expect(harness.events[0].severity == .info)
        #expect(harness.events[0].message.hasPrefix("new task src-\(created.id) → dst-\(created.id)"))
        #expect(harness.monitor.alerts.firing.isEmpty)
    }

    @Test("a failure burst fires from an alert check, within the budget, and a clean bucket resolves it")
    func burst() {
        var harness = Harness(tasks: 3)
        let start = harness.now
        let burstStart = start + 600_000
        let burstEnd = start + 1_200_000
        let target = harness.service.ids[1]
        harness.service.buckets = { id, bucket in
            id == target && bucket >= burstStart && bucket < burstEnd ? (400, 80) : (400, 1)
        }
        harness.run(for: 2_400_000)
        let burstEvents = harness.events.filter { $0.rule == .failureBurst }
        #expect(rules(burstEvents) == ["failure_burst firing", "failure_burst resolved"])
        #expect(burstEvents.allSatisfy { $0.taskID == target })
        #expect(burstEvents.first?.message.hasPrefix("failed 80 of 400 objects (20%)") == true)
        let checks = harness.service.sent.filter { if case .alertCheck = $0.fetch { true } else { false } }
        #expect(checks.count >= 3 * 7 && checks.count <= 3 * 9, "each task once per five minutes for 40 minutes")
        #expect(harness.service.busiestMinute() <= 60)
    }

    @Test("a task that starts synchronizing between checks is checked at its next refresh, not at the next check of the others")
    func checkedOnceSynchronizing() {
        var harness = Harness(tasks: 3)
        let late = harness.service.ids[2]
        harness.service.stopped.insert(late)
        harness.run(for: 120_000)
        let checked = { (harness: Harness, id: String) in
            harness.service.sent.filter { if case .alertCheck(let key, _, _) = $0.fetch { key.id == id } else { false } }.map(\.time)
        }
        #expect(checked(harness, late).isEmpty, "a stopped task is not checked")
        #expect(checked(harness, harness.service.ids[0]).count == 1, "the others are checked once and not due for 5 minutes")
        harness.service.stopped.remove(late)
        let restarted = harness.now
        harness.run(for: 10_000)
        #expect(checked(harness, late).count == 1)
        #expect(checked(harness, late).allSatisfy { $0 - restarted <= 6_000 })
    }

    @Test("credentials refused fire api_unhealthy (critical) at once; a good page 1 resolves it")
    func refused() {
        var monitor = Monitor(profiles: [.init(name: "p", region: "r", projectID: "x")], settings: MonitorSettings())
        let fetches = monitor.due(now: 1_000, interest: Interest())
        guard case .listPage(_, let offset, let sweep) = fetches.first else {
            Issue.record("page 1 is due first")
            return
        }
        let refused = ErrorReport(code: "APIGW.0301", message: "Incorrect IAM authentication information", isAuthenticationFailure: true)
        let change = monitor.receive(.page(profile: "p", offset: offset, sweep: sweep, .failure(refused)), now: 1_200)
        #expect(rules(change.events) == ["api_unhealthy firing"])
        #expect(change.events.first?.severity == .critical)
        #expect(change.events.first?.message == "credentials refused (APIGW.0301): check AK/SK, project id and this machine's clock")
        #expect(change.events.first?.taskID == nil)
        monitor.refreshNow(selected: nil)
        let retry = monitor.due(now: 2_000, interest: Interest())
        guard case .listPage(_, _, let again) = retry.first else {
            Issue.record("page 1 is due again after r")
            return
        }
        let healthy = monitor.receive(.page(profile: "p", offset: 0, sweep: again, .success(SyncTaskPage(tasks: [], count: 0))), now: 2_100)
        #expect(rules(healthy.events) == ["api_unhealthy resolved"])
    }

    @Test("no good refresh for 5 minutes fires api_unhealthy; not at 4m59s")
    func unreachable() {
        var monitor = Monitor(profiles: [.init(name: "p", region: "r", projectID: "x")], settings: MonitorSettings())
        var events: [AlertEvent] = []
        var now: Int64 = 0
        while now < 400_000 {
            now += 1_000
            for case .listPage(let profile, let offset, let sweep) in monitor.due(now: now, interest: Interest()) {
                let down = ErrorReport(message: "cannot connect to oms.example: connection refused")
                events += monitor.receive(.page(profile: profile, offset: offset, sweep: sweep, .failure(down)), now: now + 100)
                    .events
            }
        }
        #expect(events.count == 1)
        #expect(events.first?.time ?? 0 >= 301_000)
        #expect(events.first?.message.hasPrefix("no refresh succeeded for 5m") == true)
        #expect(events.first?.message.hasSuffix("(threshold 5m): cannot connect to oms.example: connection refused") == true)
    }

    @Test("a rule switched off in the config fires nothing, and its checks are not fetched")
    func switchedOff() {
        var alerts = AlertSettings()
        alerts.enabled = [.taskAppeared, .taskGone, .apiUnhealthy]
        var harness = Harness(tasks: 3, alerts: alerts)
        harness.service.buckets = { _, _ in (100, 90) }
        harness.run(for: 10_000)
        harness.service.stopped.insert(harness.service.ids[0])
        harness.run(for: 600_000)
        #expect(harness.events.isEmpty)
        #expect(!harness.service.sent.contains { if case .alertCheck = $0.fetch { true } else { false } })
    }
}
