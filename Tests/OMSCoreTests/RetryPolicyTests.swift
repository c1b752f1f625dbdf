import Testing

@testable import OMSCore

@Suite("Retries: reads only, on the right statuses, with backoff")
struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 4, baseDelay: 0.5, maxDelay: 8)

    @Test("GET is retried on 429, 502, 503, 504 and on no answer")
    func retryableReads() {
        for status in [429, 502, 503, 504] { #expect(policy.shouldRetry(method: "GET", status: status, attempt: 1)) }
        #expect(policy.shouldRetry(method: "GET", status: nil, attempt: 1))
    }

    @Test("401, 400, 404 and 500 are final")
    func finalStatuses() {
        for status in [400, 401, 403, 404, 500] { #expect(!policy.shouldRetry(method: "GET", status: status, attempt: 1)) }
    }

    @Test("a POST or DELETE is never retried, whatever happened")
    func writesAreNeverRetried() {
        for method in ["POST", "DELETE"] {
            for status in [429, 502, 503, 504, nil] as [Int?] {
                #expect(!policy.shouldRetry(method: method, status: status, attempt: 1))
            }
        }
    }

    @Test("attempts stop at maxAttempts")
    func attemptsAreBounded() {
        #expect(policy.shouldRetry(method: "GET", status: 503, attempt: 3))
        #expect(!policy.shouldRetry(method: "GET", status: 503, attempt: 4))
    }

    @Test("backoff doubles, is jittered within its upper half, and is capped")
    func backoff() {
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil, random: 0) == 0.25)
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil, random: 0.999) < 0.5)
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil, random: 1) == 2)
        #expect(policy.delay(afterAttempt: 10, retryAfter: nil, random: 1) == 8)
    }

    @Test("Retry-After wins, up to the cap")
    func retryAfter() {
        #expect(policy.delay(afterAttempt: 1, retryAfter: 3, random: 0.5) == 3)
        #expect(policy.delay(afterAttempt: 1, retryAfter: 600, random: 0.5) == 8)
    }
}
