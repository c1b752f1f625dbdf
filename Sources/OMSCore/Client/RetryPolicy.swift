/// When and how long to wait before sending a request again.
///
/// Only idempotent reads (GET) are retried, and only on 429, 502, 503, 504 and on connection
/// failures. A POST is never retried, nor a 401: the gateway locks an AK/SK for minutes after
/// repeated authentication failures.
public struct RetryPolicy: Sendable, Hashable {
    /// The most attempts for one request, the first included.
    public var maxAttempts: Int
    /// The wait before the second attempt; it doubles after each attempt.
    public var baseDelay: Double
    /// The longest wait between two attempts, Retry-After included.
    public var maxDelay: Double

    public init(maxAttempts: Int = 4, baseDelay: Double = 0.25, maxDelay: Double = 10) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// A policy that sends every request once.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// The HTTP statuses worth another try.
    public static let retryableStatuses: Set<Int> = [429, 502, 503, 504]

    /// Whether a request of `method` that got `status` (nil: no answer at all) may be sent again
    /// after `attempt` attempts.
    public func shouldRetry(method: String, status: Int?, attempt: Int) -> Bool {
        guard attempt < maxAttempts, method.uppercased() == "GET" else { return false }
        guard let status else { return true }
        return Self.retryableStatuses.contains(status)
    }

    /// Seconds to wait after `attempt` attempts: Retry-After when the server sent one, else an
    /// exponential backoff, its upper half jittered (`random` in 0..<1 picks the point).
    public func delay(afterAttempt attempt: Int, retryAfter: Double?, random: Double) -> Double {
        if let retryAfter, retryAfter >= 0 { return min(retryAfter, maxDelay) }
        let ceiling = min(maxDelay, baseDelay * Double(1 << min(attempt - 1, 20)))
        return ceiling * (0.5 + random / 2)
    }
}
