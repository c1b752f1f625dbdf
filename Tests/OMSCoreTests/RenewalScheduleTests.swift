import Testing

@testable import OMSCore

@Suite("Renewal of temporary keys on a virtual clock")
struct RenewalScheduleTests {
    static let minute: Int64 = 60_000
    /// Lives and when their renewal falls due: 40 minutes before expiry (1 h, 90 min), a third
    /// remaining (24 h), too short for 40 minutes and so a third in use (15 min, 1 min).
    static let lives: [(Int64, Int64)] = [
        (60 * minute, 20 * minute), (24 * 60 * minute, 16 * 60 * minute), (15 * minute, 5 * minute),
        (minute, 20_000), (90 * minute, 50 * minute),
    ]

    func start(_ schedule: inout RenewalSchedule, _ now: Int64) -> Bool { schedule.startIfDue(now: now) }
    func refuse(_ schedule: inout RenewalSchedule, _ key: String, _ now: Int64) -> Bool { schedule.refused(accessKey: key, now: now) }
    func step(_ schedule: inout RenewalSchedule, _ now: Int64) -> RenewalSchedule.Step { schedule.request(now: now) }

    func key(_ id: String = "TMP1", expires: Int64) -> TemporaryKey {
        TemporaryKey(accessKey: id, secret: "s", securityToken: "t", expiresAt: expires)
    }

    @Test(
        "renewal falls due when a third of the life remains, or 40 minutes before expiry where that leaves a third in use",
        arguments: Self.lives)
    func dueTimes(life: Int64, due: Int64) {
        #expect(RenewalSchedule.due(obtained: 0, expires: life, spread: 0) == due)
        #expect(RenewalSchedule.due(obtained: 0, expires: life, spread: 0.999) > due - life / 10, "the spread takes at most a tenth")
        #expect(RenewalSchedule.due(obtained: 0, expires: life, spread: 0.5) == due - life / 20)
    }

    @Test("keys issued together are spread: their renewals do not come due together")
    func jitterSpreads() {
        let dues = (0..<100).map { RenewalSchedule.due(obtained: 0, expires: 60 * Self.minute, spread: Double($0) / 100) }
        #expect(Set(dues).count == 100)
        #expect(dues.max()! - dues.min()! >= 5 * Self.minute, "spread over more than 5 of the key's 60 minutes")
    }

    @Test("the first request renews and the others wait for that one; the key is used until renewal falls due")
    func oneInFlight() {
        var schedule = RenewalSchedule()
        #expect(step(&schedule, 0) == .renew)
        #expect(step(&schedule, 10) == .wait, "a second request waits for the renewal in flight")
        #expect(!start(&schedule, 10), "the loop starts none while one is in flight")
        let first = key(expires: 60_000)
        schedule.succeeded(first, now: 100, spread: 0)
        #expect(step(&schedule, 200) == .use(first))
        #expect(schedule.nextAttempt == Int64(20_067), "a third of its 59.9 s in use: 60,000 - 39,933")
        #expect(!start(&schedule, 20_000))
        #expect(start(&schedule, 20_100))
        #expect(step(&schedule, 20_200) == .use(first), "the old key serves while its renewal is in flight")
        let second = key("TMP2", expires: 80_200)
        schedule.succeeded(second, now: 20_200, spread: 0)
        #expect(step(&schedule, 20_300) == .use(second))
        #expect(schedule.renewals == 2)
    }

    @Test("a failed renewal backs off with jitter while the old key serves; after expiry requests fail until renewal succeeds")
    func backoffAndRecovery() {
        var schedule = RenewalSchedule()
        _ = schedule.request(now: 0)
        schedule.succeeded(key(expires: 60_000), now: 0, spread: 0)
        #expect(start(&schedule, 20_000))
        let failure = CredentialFailure(.verbatim("IAM down"))
        var waits: [Int64] = []
        var now: Int64 = 20_000
        for attempt in 1...8 {
            schedule.failed(failure, now: now, random: 1)
            waits.append(schedule.retryAt! - now)
            #expect(schedule.isFailing && schedule.failures == attempt)
            now = schedule.retryAt!
            #expect(start(&schedule, now))
        }
        #expect(waits == [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000], "doubling, capped at a minute")
        schedule.failed(failure, now: now, random: 0)
        #expect(schedule.retryAt! - now == 30_000, "jitter takes up to half the wait")
        #expect(step(&schedule, now + 1) == .fail(failure.afterExpiry), "expired: the profile is unhealthy with the reason")
        #expect(failure.afterExpiry.wording.english == "credentials expired; renewal failing: IAM down")
        #expect(step(&schedule, now + 30_000) == .renew, "the next attempt comes when its wait is over")
        let renewed = key("TMP9", expires: now + 90_000)
        schedule.succeeded(renewed, now: now + 30_000, spread: 0)
        #expect(!schedule.isFailing && schedule.request(now: now + 30_001) == .use(renewed), "recovers by itself")
        #expect(schedule.failuresTotal == 9)
    }

    @Test("a refusal waits the longest at once: nothing more is sent for a minute")
    func refusalWaitsLongest() {
        var schedule = RenewalSchedule()
        _ = schedule.request(now: 0)
        let refused = CredentialFailure(.verbatim("IAM 401"), isRefusal: true)
        schedule.failed(refused, now: 0, random: 1)
        #expect(schedule.retryAt == 60_000)
        #expect(step(&schedule, 59_999) == .fail(refused), "no key was ever had: the refusal itself")
    }

    @Test("failing renewal needs a person after a refusal, with no key left, or after three faults in a row; not after one")
    func needsAttention() {
        var schedule = RenewalSchedule()
        _ = schedule.request(now: 0)
        schedule.succeeded(key(expires: 60_000), now: 0, spread: 0)
        let fault = CredentialFailure(.verbatim("IAM 502"))
        var now: Int64 = 20_000
        for faults in 1...3 {
            #expect(start(&schedule, now))
            schedule.failed(fault, now: now, random: 1)
            #expect(schedule.isFailing)
            #expect(schedule.needsAttention(at: now) == (faults == 3), "\(faults) faults in a row while the key works")
            now = schedule.retryAt!
        }
        #expect(start(&schedule, now))
        schedule.succeeded(key("TMP2", expires: now + 60_000), now: now, spread: 0)
        #expect(!schedule.needsAttention(at: now), "a good renewal ends it")

        #expect(start(&schedule, now + 20_000))
        schedule.failed(fault, now: now + 20_000, random: 1)
        #expect(!schedule.needsAttention(at: now + 20_000), "the count starts again")
        #expect(schedule.needsAttention(at: now + 56_000), "the key in use is about to expire")

        var refusedAtOnce = RenewalSchedule()
        _ = refusedAtOnce.request(now: 0)
        refusedAtOnce.failed(CredentialFailure(.verbatim("no agency"), isRefusal: true), now: 0, random: 1)
        #expect(refusedAtOnce.needsAttention(at: 0), "a refusal at once")
        var neverHad = RenewalSchedule()
        _ = neverHad.request(now: 0)
        neverHad.failed(fault, now: 0, random: 1)
        #expect(neverHad.needsAttention(at: 0), "no key was ever had")
    }

    @Test("a fault on the first try after refusals waits a second, not the minute the refusals earned")
    func faultAfterRefusalsStartsAfresh() {
        var schedule = RenewalSchedule()
        _ = schedule.request(now: 0)
        let refused = CredentialFailure(.verbatim("no agency"), isRefusal: true)
        let fault = CredentialFailure(.verbatim("IAM 502"))
        var now: Int64 = 0
        for _ in 1...3 {
            schedule.failed(refused, now: now, random: 1)
            now = schedule.retryAt!
            #expect(start(&schedule, now))
        }
        schedule.failed(fault, now: now, random: 1)
        #expect(schedule.retryAt! - now == 1_000, "the refusal has ended: its fault starts the doubling again")
        now = schedule.retryAt!
        #expect(start(&schedule, now))
        schedule.failed(fault, now: now, random: 1)
        #expect(schedule.retryAt! - now == 2_000)
        now = schedule.retryAt!
        #expect(start(&schedule, now))
        schedule.failed(refused, now: now, random: 1)
        #expect(schedule.retryAt! - now == 60_000, "a refusal again waits the longest")
        #expect(schedule.failures == 6)
    }

    @Test("a 401 on a key that should be valid brings one early renewal, at most once a minute, never for an old key")
    func earlyRenewalOnRefusal() {
        var schedule = RenewalSchedule()
        _ = schedule.request(now: 0)
        schedule.succeeded(key(expires: 3_600_000), now: 0, spread: 0)
        #expect(!refuse(&schedule, "TMP-OLD", 1_000), "a refusal of a key already replaced changes nothing")
        #expect(refuse(&schedule, "TMP1", 1_000))
        #expect(step(&schedule, 1_001) == .renew, "the refused key signs nothing more: the next request renews")
        #expect(step(&schedule, 1_002) == .wait)
        #expect(!refuse(&schedule, "TMP1", 1_100), "not while a renewal is in flight")
        #expect(!start(&schedule, 1_100), "the loop starts no second renewal")
        schedule.succeeded(key(expires: 3_601_000), now: 1_200, spread: 0)
        #expect(!refuse(&schedule, "TMP1", 30_000), "at most once a minute")
        #expect(!start(&schedule, 30_000))
        #expect(refuse(&schedule, "TMP1", 61_000))
    }
}
