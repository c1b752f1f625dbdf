import ExporterCore
import MonitorCore
import OMSCore
import Testing

@Suite("Exporter: /-/ready after the first load, or after the timeout")
struct ReadinessTests {
    static let start: Int64 = 1_795_000_000_000

    func monitor() -> Monitor {
        Monitor(
            profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p"), .init(name: "gz", region: "cn-south-1", projectID: "q")],
            settings: MonitorSettings())
    }

    func sweep(of profile: String, in requests: [Fetch]) throws -> Int {
        for case .listPage(profile, 0, let sweep) in requests { return sweep }
        throw ReadinessTestFailure.noPageOne(profile)
    }

    enum ReadinessTestFailure: Error { case noPageOne(String) }

    @Test("not ready while a profile has yet to list its tasks; ready once all have, and for good")
    func firstLoad() throws {
        var monitor = monitor()
        var readiness = Readiness(startedAt: Self.start, timeoutSeconds: 120)
        #expect(readiness.check(monitor, now: Self.start) == (false, 2))
        let due = monitor.due(now: Self.start, interest: Interest())
        let page = SyncTaskPage(tasks: [SyncTask(id: "t1")], count: 1)
        _ = monitor.receive(.page(profile: "bj", offset: 0, sweep: try sweep(of: "bj", in: due), .success(page)), now: Self.start + 500)
        #expect(readiness.check(monitor, now: Self.start + 500) == (false, 1))
        let failed = ErrorReport(message: "unreachable")
        _ = monitor.receive(.page(profile: "gz", offset: 0, sweep: try sweep(of: "gz", in: due), .failure(failed)), now: Self.start + 600)
        #expect(readiness.check(monitor, now: Self.start + 600) == (false, 1), "a failed first load is tried again, and waited for")
        let later = monitor.due(now: Self.start + 60_000, interest: Interest())
        _ = monitor.receive(.page(profile: "gz", offset: 0, sweep: try sweep(of: "gz", in: later), .success(page)), now: Self.start + 60_100)
        #expect(readiness.check(monitor, now: Self.start + 60_100) == (true, 0))
        #expect(readiness.check(Self().monitor(), now: Self.start + 60_200) == (true, 0), "ready stays ready")
    }

    @Test("a profile whose credentials were refused is not waited for")
    func refused() throws {
        var monitor = monitor()
        var readiness = Readiness(startedAt: Self.start, timeoutSeconds: 120)
        let due = monitor.due(now: Self.start, interest: Interest())
        let page = SyncTaskPage(tasks: [], count: 0)
        _ = monitor.receive(.page(profile: "bj", offset: 0, sweep: try sweep(of: "bj", in: due), .success(page)), now: Self.start + 500)
        let refused = ErrorReport(code: "APIGW.0301", message: "refused", isAuthenticationFailure: true, httpStatus: 401)
        _ = monitor.receive(.page(profile: "gz", offset: 0, sweep: try sweep(of: "gz", in: due), .failure(refused)), now: Self.start + 600)
        #expect(readiness.check(monitor, now: Self.start + 600) == (true, 0))
    }

    @Test("ready when the timeout passes, however many profiles are still loading")
    func timeout() {
        var readiness = Readiness(startedAt: Self.start, timeoutSeconds: 120)
        #expect(readiness.check(monitor(), now: Self.start + 119_999) == (false, 2))
        #expect(readiness.check(monitor(), now: Self.start + 120_000) == (true, 0))
    }
}
