import MonitorCore
import OMSCore
import Testing

@testable import DashboardCore

@Suite("Many profiles: the header counts them by state, the banner names the refused ones")
struct FleetHealthViewTests {
    static func name(_ index: Int) -> String { "acct-" + String(String(index + 1000).dropFirst()) }

    /// 100 profiles of 5 tasks, the first `refused` of them refused.
    static func fleet(refused: Int, width: Int, height: Int = 30) -> AppState {
        let profiles = (0..<100).map { Monitor.Profile(name: name($0), region: "cn-north-4", projectID: "p\($0)") }
        var state = AppState(profiles: profiles, clock: Fixtures.clock, now: Fixtures.now, width: width, height: height)
        let refusal = ErrorReport(code: "APIGW.0301", message: "refused", isAuthenticationFailure: true, credentials: "AK REFA…01")
        for (index, profile) in profiles.enumerated() {
            if index < refused {
                _ = Dashboard.reduce(&state, Fixtures.listFailed(refusal, profile: profile.name))
            } else {
                let tasks = (0..<5).map { Fixtures.task("\(profile.name)-task-\($0)-0000-0000-000000000000") }
                _ = Dashboard.reduce(&state, Fixtures.listed(tasks, profile: profile.name))
            }
        }
        return state
    }

    func lines(_ state: AppState) -> [String] { Dashboard.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test("none refused: the header counts every profile live and there is no banner", arguments: [80, 140])
    func allLive(width: Int) {
        let screen = lines(Self.fleet(refused: 0, width: width))
        #expect(screen[0].contains("100 live"))
        #expect(!screen[0].contains("auth error"))
        #expect(screen[1].contains("ST"), "no banner: the table's headings are on the second line")
    }

    @Test("1, 3 and 40 refused: the header stays live with the count, the banner names them, as many as fit", arguments: [(1, 80), (1, 140), (3, 80), (3, 140), (40, 80), (40, 140)])
    func refused(count: Int, width: Int) {
        let state = Self.fleet(refused: count, width: width)
        let screen = lines(state)
        #expect(screen[0].contains("\(100 - count) live · \(count) refused"), "\(screen[0])")
        #expect(!screen[0].contains("auth error"))
        let banner = screen[1]
        #expect(banner.hasPrefix(" refused: acct-000"))
        #expect(banner.contains(count == 1 || width == 140 ? "check AK/SK, project id and clock, then press r" : "check AK/SK, press r"), "\(banner)")
        #expect(DisplayWidth.of(banner) <= width)
        if count == 1 { #expect(!banner.contains("more")) }
        if count == 40 { #expect(banner.contains(" more"), "the rest are counted") }
        if count == 3 && width == 140 { #expect(banner.contains("acct-000, acct-001, acct-002:")) }
        let named = banner.matches(of: /acct-\d{3}/).count
        let more = banner.firstMatch(of: /\+(\d+) more/).map { Int($0.1)! } ?? 0
        #expect(named + more == count, "every refused profile is named or counted")
        #expect(screen.contains { $0.contains("\(5 * (100 - count)) tasks") }, "the task count stays in view")
    }

    @Test("r asks every refused profile again, once each")
    func retry() {
        var state = Self.fleet(refused: 3, width: 140)
        #expect(Dashboard.reduce(&state, .tick(now: Fixtures.now + 600_000)).filter(Fixtures.isHead(Self.name(1))).isEmpty)
        let effects = Dashboard.reduce(&state, .key(.character("r")))
        for index in 0..<3 { #expect(effects.filter(Fixtures.isHead(Self.name(index))).count == 1) }
    }

    @Test("a failing key renewal: the banner names the profiles, the timeline has the alert, the hook gets it; recovery clears them", arguments: [80, 140])
    func renewalFailing(width: Int) {
        var state = Self.fleet(refused: 0, width: width)
        let reason = Wording(.credentialSourceRefused, ["source": "mgmt", "status": "HTTP 401"])
        var announced: [AlertEvent] = []
        for index in [4, 9] {
            let effects = Dashboard.reduce(&state, .credentialRenewal(profile: Self.name(index), failing: reason))
            announced += effects.compactMap { if case .announce(let event) = $0 { event } else { nil } }
        }
        #expect(announced.map(\.rule) == [.credentialsRenewal, .credentialsRenewal] && announced.allSatisfy { $0.state == .firing })
        #expect(announced.first?.wording.english.contains("IAM refused the source credential of profile \"mgmt\"") == true)
        var screen = lines(state)
        #expect(screen[0].contains("100 live"), "polling goes on with the keys in hand")
        #expect(screen[1].hasPrefix(" key renewal failing for acct-004, acct-009"), "\(screen[1])")
        #expect(screen[1].contains("retrying; e shows why"), "\(screen[1])")
        #expect(DisplayWidth.of(screen[1]) <= width)
        #expect(state.monitor.alerts.timeline.count == 2)
        _ = Dashboard.reduce(&state, .credentialRenewal(profile: Self.name(4), failing: nil))
        _ = Dashboard.reduce(&state, .credentialRenewal(profile: Self.name(9), failing: nil))
        screen = lines(state)
        #expect(screen[1].contains("ST"), "no banner once every renewal succeeds")
        #expect(state.monitor.alerts.timeline.count == 4)
    }
}
