import OMSCore
import Synchronization

/// Misbehaviour to inject into API answers, for tests and benchmarks: added latency, and rates
/// (0...1) of gateway HTML pages, throttling, truncated JSON, over-slow answers and dropped
/// connections, on the services `apis` names; and one region's endpoint cut off for a while.
/// Draws come from a seeded generator, so a run replays.
public struct FaultPlan: Sendable {
    /// Milliseconds added to every API answer.
    public var latencyMilliseconds: Int = 0
    /// Share of answers replaced by a 502 HTML page.
    public var badGatewayRate: Double = 0
    /// Share of answers replaced by 429 APIGW.0308 with Retry-After.
    public var throttleRate: Double = 0
    /// The Retry-After value sent with 429, in seconds.
    public var retryAfterSeconds: Int = 1
    /// Share of answers whose JSON body is cut short.
    public var truncateRate: Double = 0
    /// Share of answers held back for `slowSeconds` (longer than a client's timeout).
    public var slowRate: Double = 0
    public var slowSeconds: Double = 60
    /// Share of requests whose connection is closed without an answer.
    public var dropRate: Double = 0
    /// Seconds after the server starts when the faults stop (latency stays); nil for never.
    public var faultSeconds: Double?
    /// The services the latency and the faults above hit: OMS's API alone unless told.
    public var apis: Set<SimulatedAPI> = [.oms]
    /// A region whose requests go unanswered for a while, if any.
    public var regionOutage: RegionOutage?

    public init() {}

    /// Whether any fault can happen.
    public var isQuiet: Bool {
        latencyMilliseconds == 0 && badGatewayRate == 0 && throttleRate == 0 && truncateRate == 0 && slowRate == 0
            && dropRate == 0
    }
}

/// What to do to one answer; the raw value names it in the request log.
enum Fault: String, Equatable {
    case none, badGateway = "bad-gateway", throttle, truncate, slow, drop
    /// The request's region is cut off (`RegionOutage`): the connection closes without an answer.
    case unreachable
}

/// Draws the fault for each request from a `FaultPlan`.
final class FaultInjector: Sendable {
    let plan: FaultPlan
    private let random: Mutex<DeterministicRandom>
    private let faultsEnd: ContinuousClock.Instant?
    private let start: ContinuousClock.Instant

    /// An injector whose faults, if `plan.faultSeconds` says so, stop that long after `start`.
    init(plan: FaultPlan, seed: UInt64, start: ContinuousClock.Instant = .now) {
        self.plan = plan
        random = Mutex(DeterministicRandom(seed: seed ^ 0xFA17))
        self.start = start
        faultsEnd = plan.faultSeconds.map { start + .milliseconds(Int64($0 * 1000)) }
    }

    /// Whether requests for `region` go unanswered at `now`, the region's outage under way.
    func cutsOff(_ region: String?, at now: ContinuousClock.Instant = .now) -> Bool {
        guard let outage = plan.regionOutage else { return false }
        return outage.cuts(region, elapsedSeconds: (now - start) / .seconds(1))
    }

    /// The fault for a request to `api` arriving at `now`.
    func draw(for api: SimulatedAPI? = .oms, at now: ContinuousClock.Instant = .now) -> Fault {
        guard let api, plan.apis.contains(api), !plan.isQuiet, faultsEnd.map({ now < $0 }) ?? true else { return .none }
        let roll = random.withLock { $0.unit() }
        var threshold = 0.0
        for (rate, fault) in [
            (plan.dropRate, Fault.drop), (plan.slowRate, .slow), (plan.badGatewayRate, .badGateway),
            (plan.throttleRate, .throttle), (plan.truncateRate, .truncate),
        ] {
            threshold += rate
            if roll < threshold { return fault }
        }
        return .none
    }

    /// The answer after applying `fault` (drop and slow are the server's to act on).
    func apply(_ fault: Fault, to response: SimulatorResponse, requestID: String) -> SimulatorResponse {
        switch fault {
        case .badGateway:
            let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
            return SimulatorResponse(
                status: 502, contentType: "text/html", body: Array(page.utf8), headers: [("X-Request-Id", requestID)])
        case .throttle:
            let body = SimulatorService.json(APIErrorBody(
                errorCode: "APIGW.0308",
                errorMessage: "The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute",
                requestID: requestID))
            return SimulatorResponse(
                status: 429, body: body,
                headers: [("X-Request-Id", requestID), ("Retry-After", String(plan.retryAfterSeconds))])
        case .truncate:
            var cut = response
            cut.body = Array(response.body.prefix(max(1, response.body.count / 2)))
            if cut.body.count == response.body.count { cut.body = Array("{\"tasks\": [".utf8) }
            return cut
        case .none, .slow, .drop, .unreachable:
            return response
        }
    }
}
