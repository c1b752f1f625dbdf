/// This month's counters of a task, as the show operation returns them (`monthly_*`).
public struct MonthlyCounters: Codable, Hashable, Sendable {
    /// Objects requested for synchronization (`monthly_acceptance_request`).
    public var requested: Int64?
    /// Objects copied (`monthly_success_object`).
    public var succeeded: Int64?
    /// Objects that failed (`monthly_failure_object`).
    public var failed: Int64?
    /// Objects skipped (`monthly_skip_object`).
    public var skipped: Int64?
    /// Bytes copied (`monthly_size`).
    public var bytes: Int64?

    public init(
        requested: Int64? = nil, succeeded: Int64? = nil, failed: Int64? = nil, skipped: Int64? = nil,
        bytes: Int64? = nil
    ) {
        self.requested = requested
        self.succeeded = succeeded
        self.failed = failed
        self.skipped = skipped
        self.bytes = bytes
    }

    enum CodingKeys: String, CodingKey {
        case requested = "monthly_acceptance_request"
        case succeeded = "monthly_success_object"
        case failed = "monthly_failure_object"
        case skipped = "monthly_skip_object"
        case bytes = "monthly_size"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        requested = try c.decodeLenientInt64(forKey: .requested)
        succeeded = try c.decodeLenientInt64(forKey: .succeeded)
        failed = try c.decodeLenientInt64(forKey: .failed)
        skipped = try c.decodeLenientInt64(forKey: .skipped)
        bytes = try c.decodeLenientInt64(forKey: .bytes)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(requested, forKey: .requested)
        try c.encodeIfPresent(succeeded, forKey: .succeeded)
        try c.encodeIfPresent(failed, forKey: .failed)
        try c.encodeIfPresent(skipped, forKey: .skipped)
        try c.encodeIfPresent(bytes, forKey: .bytes)
    }

    /// Whether no counter is present.
    public var isEmpty: Bool {
        requested == nil && succeeded == nil && failed == nil && skipped == nil && bytes == nil
    }

    /// Succeeded objects as a fraction of the finished ones (succeeded + failed), if any finished.
    public var successRate: Double? {
        let done = (succeeded ?? 0) + (failed ?? 0)
        return done > 0 ? Double(succeeded ?? 0) / Double(done) : nil
    }
}
