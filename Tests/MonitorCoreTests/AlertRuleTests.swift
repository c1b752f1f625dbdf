import MonitorCore
import OMSCore
import FoundationEssentials
import Testing

@Suite("Alert rules as pure functions over series")
struct AlertRuleTests {
    static let step: Int64 = 300_000
    static let start: Int64 = 1_800_000_000_000 / step * step

    /// A series of `values` from `start`, and the time just after its bucket `complete` ended.
    func series(_ values: [Int64]) -> SeriesWindow { SeriesWindow(start: Self.start, step: Self.step, values: values) }
    func after(bucket index: Int) -> Int64 { Self.start + Int64(index + 1) * Self.step + 1_000 }

    let burst = FailureBurstRule(settings: AlertSettings())

    @Test("failure_burst fires at exactly 5% with 20 requests, not with 19")
    func ratioBoundary() {
        let now = after(bucket: 1)
        let fired = burst.evaluate(requests: series([20, 20, 5]), failures: series([0, 1, 0]), now: now, judged: nil, firing: false)
        #expect(fired.verdict.fired == "failed 1 of 20 objects (5%); threshold 5% with ≥20 requests in 08:05–08:10 UTC")
        #expect(fired.judged == Self.start + Self.step)
        guard case .fire(let wording) = fired.verdict else {
            Issue.record("1 of 20 failed and nothing fired")
            return
        }
        #expect(wording.quantities["from"] == .instant(Self.start + Self.step), "the span as instants, for each face's clock")
        #expect(wording.quantities["to"] == .instant(Self.start + 2 * Self.step))
        #expect(wording.quantities["failed"] == .count(1) && wording.quantities["share"] == .percent(0.05), "counts and shares as values")
        #expect(wording.text(.simplifiedChinese).hasPrefix("08:05–08:10 UTC 内 20 个对象失败 1 个"))
        let few = burst.evaluate(requests: series([19, 19, 5]), failures: series([0, 1, 0]), now: now, judged: nil, firing: false)
        #expect(few.verdict == .unchanged)
        let under = burst.evaluate(requests: series([100, 100, 5]), failures: series([0, 4, 0]), now: now, judged: nil, firing: false)
        #expect(under.verdict == .unchanged)
    }

    @Test("failure_burst against the median: 3× and at least 10")
    func spike() {
        let quiet: [Int64] = Array(repeating: 4, count: 20)
        let requests = series(Array(repeating: 1000, count: 22))
        let fired = burst.evaluate(requests: requests, failures: series(quiet + [12, 0]), now: after(bucket: 20), judged: nil, firing: false)
        #expect(fired.verdict.fired == "failed 12 objects, 3× the median 4; threshold 3× and ≥10 in 09:40–09:45 UTC")
        let justUnder = burst.evaluate(requests: requests, failures: series(quiet + [11, 0]), now: after(bucket: 20), judged: nil, firing: false)
        #expect(justUnder.verdict == .unchanged)
        let small = burst.evaluate(
            requests: requests, failures: series(Array(repeating: 1, count: 20) + [9, 0]), now: after(bucket: 20), judged: nil,
            firing: false)
        #expect(small.verdict == .unchanged, "under the floor of 10 failures")
    }

    @Test("a value hovering on the threshold neither flaps nor resolves; a clean bucket resolves")
    func noFlapping() {
        // Buckets: 5.0 %, 4.5 %, 5.0 %, 4.1 %, 3.9 % of 1,000 requests.
        let requests = series(Array(repeating: 1000, count: 6))
        let failures = series([50, 45, 50, 41, 39, 0])
        var judged: Int64?
        var firing = false
        var verdicts: [RuleVerdict] = []
        for bucket in 0..<5 {
            for _ in 0..<2 {  // each bucket looked at twice: the second look changes nothing
                let result = burst.evaluate(requests: requests, failures: failures, now: after(bucket: bucket), judged: judged, firing: firing)
                judged = result.judged
                if case .fire = result.verdict { firing = true }
                if case .resolve = result.verdict { firing = false }
                verdicts.append(result.verdict)
            }
        }
        let kinds = verdicts.map { v -> String in
            switch v {
            case .fire: "fire"
            case .resolve: "resolve"
            case .unchanged: "-"
            }
        }
        #expect(kinds == ["fire", "-", "-", "-", "-", "-", "-", "-", "resolve", "-"])
    }

    @Test("the bucket in progress is never judged")
    func partialBucket() {
        let result = burst.evaluate(
            requests: series([100, 100]), failures: series([0, 90]), now: after(bucket: 0), judged: nil, firing: false)
        #expect(result.verdict == .unchanged)
    }

    let silent = SilentSourceRule(settings: AlertSettings())
    /// 26 hours of buckets, requests everywhere except the last `quietBuckets`.
    func requests(quietBuckets: Int, total: Int = 313) -> SeriesWindow {
        series((0..<total).map { $0 >= total - quietBuckets ? 0 : 7 })
    }

    @Test("silent_source: no request for 2 h after requests the day before fires; any request resolves")
    func silentSource() {
        let now = Self.start + 312 * Self.step + 60_000
        let quiet = requests(quietBuckets: 26)
        let fired = silent.evaluate(requests: quiet, now: now, synchronizingSince: 0, firing: false)
        #expect(fired.fired == "no requests for 2h after 2,002 in the 24h before; threshold 2h: check the source bucket's event notifications")
        #expect(silent.evaluate(requests: requests(quietBuckets: 23), now: now, synchronizingSince: 0, firing: false) == .unchanged)
        #expect(silent.evaluate(requests: series(Array(repeating: 0, count: 313)), now: now, synchronizingSince: 0, firing: false) == .unchanged,
                "never had requests: nothing broke")
        #expect(silent.evaluate(requests: quiet, now: now, synchronizingSince: now - 3_600_000, firing: false) == .unchanged,
                "started an hour ago: not silent for 2 h while synchronizing")
        #expect(silent.evaluate(requests: quiet, now: now, synchronizingSince: 0, firing: true) == .unchanged)
        var woken = quiet
        woken.values[woken.values.count - 1] = 3
        #expect(silent.evaluate(requests: woken, now: now, synchronizingSince: 0, firing: true)
            .resolved == "requests arrive again: 3 in the last 2h")
    }

    @Test("events carry RFC 3339 UTC times and leave task_id out for a profile")
    func eventJSON() throws {
        #expect(UTCTime.rfc3339(0) == "1970-01-01T00:00:00Z")
        #expect(UTCTime.rfc3339(1_795_392_305_000) == "2026-11-23T00:05:05Z")
        #expect(UTCTime.rfc3339(951_782_400_000) == "2000-02-29T00:00:00Z")
        let event = AlertEvent(
            time: 1_795_392_305_000, rule: .apiUnhealthy, state: .firing, severity: .critical, profile: "demo", taskID: nil,
            wording: Wording(.alertListUnreadable, ["reason": ""]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(event), as: UTF8.self)
        #expect(text == #"{"message":"the task list could not be read","profile":"demo","rule":"api_unhealthy","severity":"critical","state":"firing","time":"2026-11-23T00:05:05Z"}"#)
    }
}

extension RuleVerdict {
    /// The English words of a verdict that fires; nil for any other.
    var fired: String? { if case .fire(let message) = self { message.english } else { nil } }
    /// The English words of a verdict that resolves; nil for any other.
    var resolved: String? { if case .resolve(let message) = self { message.english } else { nil } }
}
