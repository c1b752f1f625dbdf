/// Where one task's alert check stands: when its statistics were last asked for, whether an
/// answer is awaited, and which bucket `failure_burst` judged last.
public struct AlertCheck: Sendable, Equatable {
    public var sentAt: Int64?
    public var inFlight = false
    /// The start of the bucket judged last, in ms.
    public var judgedBucket: Int64?

    public init() {}

    /// How often a task is checked: once per five-minute bucket.
    public static let periodMilliseconds: Int64 = 300_000
    /// The most checks under way at once per profile while budgeted, and when checking every task once.
    public static let inFlight = 4
    public static let inFlightAtOnce = 50
}
