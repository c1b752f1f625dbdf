import Foundation
import OMSCore
import OMSSimulator

/// A simulator on a free loopback port and a client pointed at it.
struct SimulatorHarness {
    let server: SimulatorServer
    let client: OMSClient

    static func start(
        tasks: Int = 5, faults: FaultPlan = FaultPlan(), region: String = "cn-north-4",
        credentials: Credentials? = nil, identity: SimulatorIdentity = .demo, retry: RetryPolicy = RetryPolicy(baseDelay: 0.01),
        requestTimeout: Double = 5
    ) async throws -> SimulatorHarness {
        let world = World(seed: 42, taskCount: tasks, identity: identity)
        let service = SimulatorService(world: world, identity: identity, region: region)
        let server = try await SimulatorServer.start(service: service, faults: faults, seed: 42)
        let configuration = OMSClientConfiguration(
            endpoint: try Endpoint(parsing: server.endpoint), region: region, projectID: identity.projectID,
            credentials: credentials.map { CredentialHandle(fixed: $0) } ?? .accessKey(id: identity.accessKey, secret: identity.secretKey),
            connectTimeout: 2, requestTimeout: requestTimeout, retry: retry)
        return SimulatorHarness(server: server, client: OMSClient(configuration: configuration))
    }

    func stop() async {
        await client.shutdown()
        await server.stop()
    }

    /// Runs `body` and stops the harness afterwards, whatever happens.
    static func with(
        tasks: Int = 5, faults: FaultPlan = FaultPlan(), region: String = "cn-north-4", credentials: Credentials? = nil,
        identity: SimulatorIdentity = .demo, retry: RetryPolicy = RetryPolicy(baseDelay: 0.01), requestTimeout: Double = 5,
        _ body: (SimulatorHarness) async throws -> Void
    ) async throws {
        let harness = try await start(
            tasks: tasks, faults: faults, region: region, credentials: credentials, identity: identity, retry: retry,
            requestTimeout: requestTimeout)
        do {
            try await body(harness)
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()
    }

    static var nowMilliseconds: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
