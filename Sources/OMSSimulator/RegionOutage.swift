/// One region's endpoint unreachable for a while, as when its network path fails: from
/// `afterSeconds` after the start, for `forSeconds`, every request for that region (its projects'
/// OMS calls, and IAM's project discovery naming it) has its connection closed without an answer.
public struct RegionOutage: Sendable, Hashable {
    public var region: String
    public var afterSeconds: Double
    public var forSeconds: Double

    public init(region: String, afterSeconds: Double, forSeconds: Double = 60) {
        self.region = region
        self.afterSeconds = afterSeconds
        self.forSeconds = forSeconds
    }

    /// Whether a request for `region` at `elapsedSeconds` after the start goes unanswered.
    public func cuts(_ region: String?, elapsedSeconds: Double) -> Bool {
        region == self.region && (afterSeconds..<afterSeconds + forSeconds).contains(elapsedSeconds)
    }
}
