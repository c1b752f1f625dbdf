import Foundation
import OMSCore
import OMSSimulator
import Testing

@Suite("The client against a misbehaving service: retries, timeouts and messages")
struct ClientFaultTests {
    static func plan(_ change: (inout FaultPlan) -> Void) -> FaultPlan {
        var plan = FaultPlan()
        change(&plan)
        return plan
    }

    @Test("429 with Retry-After is retried for reads, honouring the header")
    func throttledReadsAreRetried() async throws {
        let faults = Self.plan { $0.throttleRate = 1; $0.retryAfterSeconds = 0 }
        // The backoff alone would wait at least 60 s and then 120 s; answers get 30 s each, so a
        // loaded machine's slow answer is not a timeout that waits out the backoff for its own reason.
        let retry = RetryPolicy(maxAttempts: 3, baseDelay: 120, maxDelay: 240)
        try await SimulatorHarness.with(faults: faults, retry: retry, requestTimeout: 30) { h in
            let started = Date()
            do {
                _ = try await h.client.listTasks()
                Issue.record("expected throttling")
            } catch let error as OMSError {
                #expect(error.errorCode == "APIGW.0308")
                #expect(error.message.contains("throttled"))
            }
            #expect(h.client.requestCount == 3)
            #expect(Date().timeIntervalSince(started) < 60, "Retry-After: 0 must win over the backoff")
        }
    }

    @Test("the last 429's Retry-After travels with the error, for the monitor to wait as long")
    func retryAfterTravels() async throws {
        let faults = Self.plan { $0.throttleRate = 1; $0.retryAfterSeconds = 42 }
        try await SimulatorHarness.with(faults: faults, retry: RetryPolicy(maxAttempts: 1)) { h in
            do {
                _ = try await h.client.listTasks()
                Issue.record("expected throttling")
            } catch let error as OMSError {
                #expect(error.httpStatus == 429 && error.retryAfterSeconds == 42)
            }
            #expect(h.client.requestCount == 1)
        }
    }

    @Test("a POST is never retried, even on 502")
    func postsAreNeverRetried() async throws {
        try await SimulatorHarness.with(faults: Self.plan { $0.badGatewayRate = 1 }) { h in
            await #expect(throws: OMSError.self) { try await h.client.stopTask("any") }
            #expect(h.client.requestCount == 1)
        }
    }

    @Test("a 502 HTML page is an unexpected body, retried for reads, and named as such")
    func badGatewayPage() async throws {
        try await SimulatorHarness.with(faults: Self.plan { $0.badGatewayRate = 1 }, retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01)) { h in
            do {
                _ = try await h.client.listTasks()
                Issue.record("expected a failure")
            } catch let error as OMSError {
                #expect(error.httpStatus == 502)
                #expect(error.message.contains("unexpected body"))
                #expect(error.message.contains("502 Bad Gateway"))
            }
            #expect(h.client.requestCount == 2)
        }
    }

    @Test("truncated JSON is reported, not crashed on")
    func truncatedJSON() async throws {
        try await SimulatorHarness.with(faults: Self.plan { $0.truncateRate = 1 }) { h in
            await #expect { try await h.client.listTasks() } throws: { error in
                guard case .invalidResponse(let status, _, let detail)? = error as? OMSError else { return false }
                return status == 200 && detail.contains("truncated")
            }
        }
    }

    @Test("an answer slower than the timeout is a timeout")
    func slowAnswer() async throws {
        let faults = Self.plan { $0.slowRate = 1; $0.slowSeconds = 5 }
        try await SimulatorHarness.with(faults: faults, retry: .never, requestTimeout: 0.5) { h in
            await #expect { try await h.client.listTasks() } throws: { error in
                guard case .timedOut? = error as? OMSError else { return false }
                return (error as! OMSError).message.contains("did not answer within")
            }
        }
    }

    @Test("dropped connections and a closed port are 'cannot reach'")
    func unreachable() async throws {
        try await SimulatorHarness.with(faults: Self.plan { $0.dropRate = 1 }, retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01)) { h in
            await #expect { try await h.client.listTasks() } throws: { error in
                guard case .unreachable? = error as? OMSError else { return false }
                return true
            }
            #expect(h.client.requestCount == 2)
        }
        let client = OMSClient(configuration: OMSClientConfiguration(
            endpoint: try Endpoint(parsing: "http://127.0.0.1:9"), region: "cn-north-4", projectID: "p",
            credentials: .accessKey(id: "a", secret: "s"), connectTimeout: 30, retry: .never))
        let started = Date()
        await #expect { try await client.listTasks() } throws: { error in
            (error as? OMSError)?.message.hasPrefix("cannot reach http://127.0.0.1:9 (connection refused)") == true
        }
        #expect(Date().timeIntervalSince(started) < 25, "a refused connection fails at once, not after the 30 s connect timeout")
        await client.shutdown()
    }

    @Test("added latency delays every answer")
    func latency() async throws {
        try await SimulatorHarness.with(faults: Self.plan { $0.latencyMilliseconds = 150 }) { h in
            let started = Date()
            _ = try await h.client.listTasks()
            #expect(Date().timeIntervalSince(started) >= 0.15)
        }
    }
}
