import Foundation
import Testing

@testable import OMSCore
@testable import OMSSimulator

@Suite("Temporary credentials against the simulator's IAM and ECS metadata, in process")
struct TemporaryCredentialTests {
    /// A simulator of `tenants` accounts, its keys living `lifetime` seconds.
    static func serve(tenants: Int = 3, lifetime: Int = 900) async throws -> (SimulatorServer, Endpoint) {
        let identity = SimulatorIdentity.demo
        let world = World(seed: 3, taskCount: 2, identity: identity)
        let others = (1..<tenants).map { World(seed: 3 &+ UInt64($0), taskCount: 2, identity: identity) }
        let service = SimulatorService(
            world: world, identity: identity, otherTenants: others,
            accounts: SimulatorAccounts(credentialLifetimeSeconds: lifetime))
        let server = try await SimulatorServer.start(service: service)
        return (server, try Endpoint(parsing: server.endpoint))
    }

    static func client(_ endpoint: Endpoint, _ credentials: CredentialHandle, project: String) -> OMSClient {
        OMSClient(configuration: OMSClientConfiguration(
            endpoint: endpoint, region: "cn-north-4", projectID: project, credentials: credentials, retry: .never))
    }

    static let source = CredentialSource.keys(.accessKey(id: SimulatorIdentity.demo.accessKey, secret: SimulatorIdentity.demo.secretKey))

    @Test("an agency's key lists the member's tasks; a 401 on it brings one early renewal, then polling goes on")
    func agencyAndEarlyRenewal() async throws {
        let (server, endpoint) = try await Self.serve()
        let registry = CredentialRegistry()
        let agency = CredentialSource.agency(
            Agency(name: SimulatorAccounts.defaultAgency, domain: .name("tenant-0002")), via: "mgmt", source: Self.source, iam: endpoint)
        let handle = registry.handle(for: agency, connection: CredentialConnection())
        let project = SimulatorService.tenantProjectID(2, first: SimulatorIdentity.demo.projectID)
        let client = Self.client(endpoint, handle, project: project)
        #expect(try await client.listTasks().tasks.count == 2)
        let first = handle.status
        #expect(first.isTemporary && first.renewals == 1 && first.expiresAt != nil)

        server.service.iam.forgetIssuedKeys()
        do {
            _ = try await client.listTasks()
            Issue.record("a forgotten key was accepted")
        } catch let error as OMSError {
            #expect(error.httpStatus == 401 && !error.isAuthenticationFailure, "renewing, so no refusal to stop at")
            #expect(error.message.contains("omsdash is renewing it"))
        }
        #expect(try await client.listTasks().tasks.count == 2, "the next request goes with the renewed key")
        #expect(handle.status.renewals == 2)

        server.service.iam.forgetIssuedKeys()
        do {
            _ = try await client.listTasks()
            Issue.record("a forgotten key was accepted")
        } catch let error as OMSError {
            #expect(error.isAuthenticationFailure, "a second refusal within the minute renews nothing: it is a refusal")
        }
        #expect(handle.status.renewals == 2, "at most one early renewal a minute")
        #expect(server.service.iam.keysIssued == 2)
        registry.stop()
        await client.shutdown()
        await server.stop()
    }

    @Test("the ECS metadata's key lists the first account's tasks")
    func ecsMetadata() async throws {
        let (server, endpoint) = try await Self.serve()
        let handle = CredentialRegistry().handle(for: .ecs(metadata: endpoint), connection: CredentialConnection())
        let client = Self.client(endpoint, handle, project: SimulatorIdentity.demo.projectID)
        #expect(try await client.listTasks().tasks.count == 2)
        #expect(handle.status.source == "ecs" && handle.status.renewals == 1)
        handle.stop()
        await client.shutdown()
        await server.stop()
    }

    @Test("a workload identity reads its token file again at every renewal")
    func tokenFileReadAtEveryRenewal() async throws {
        let (server, endpoint) = try await Self.serve()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("omsdash-token-\(UUID().uuidString)").path
        try "a.b.one".write(toFile: file, atomically: true, encoding: .utf8)
        let exchange = IDTokenExchange(idpID: SimulatorAccounts.defaultIdentityProvider, tokenFile: file, iam: endpoint, connection: CredentialConnection())
        let first = try await exchange.fetch()
        try "a.b.two".write(toFile: file, atomically: true, encoding: .utf8)
        let second = try await exchange.fetch()
        #expect(first.accessKey != second.accessKey)
        #expect(server.service.iam.idTokensExchanged == 2, "the rotated token was sent")
        try FileManager.default.removeItem(atPath: file)
        do {
            _ = try await exchange.fetch()
            Issue.record("a missing token file gave a key")
        } catch let failure as CredentialFailure {
            #expect(failure.wording.english.contains("cannot read the ID token file \(file) (no such file)"))
        }
        await server.stop()
    }

    @Test("a refused source closes the gate: its other agencies fail at once without a request")
    func refusedSourceSendsNothingMore() async throws {
        let (server, endpoint) = try await Self.serve(tenants: 4)
        let registry = CredentialRegistry()
        let wrong = CredentialSource.keys(.accessKey(id: SimulatorIdentity.demo.accessKey, secret: "wrong"))
        let handles = (1...3).map { index in
            registry.handle(for: .agency(
                Agency(name: SimulatorAccounts.defaultAgency, domain: .name(SimulatorAccounts.domainName(index))), via: "mgmt",
                source: wrong, iam: endpoint), connection: CredentialConnection())
        }
        let before = server.service.requestsServed
        for handle in handles {
            do {
                _ = try await handle.current()
                Issue.record("a wrong source key gave a key")
            } catch let error as OMSError {
                #expect(error.message.contains("IAM refused the source credential of profile \"mgmt\" (HTTP 401, APIGW.0301)"))
            }
        }
        #expect(server.service.requestsServed - before == 1, "one IAM call for three agencies of one refused source")
        registry.stop()
        await server.stop()
    }

    @Test("the one try let through a closed gate that gets no word on the key lets another try 5 s later, not a minute")
    func probeWithoutWord() {
        let refusal = CredentialFailure(Wording(.credentialSourceRefused, ["source": "mgmt", "status": "HTTP 401"]), isRefusal: true)
        let gate = SourceGate()
        gate.settle(refusal: refusal, now: 0)
        #expect(throws: CredentialFailure.self) { try gate.enter(now: 59_999) }
        #expect((try? gate.enter(now: 60_000)) == true, "a minute later, one try goes through")
        #expect(throws: CredentialFailure.self, "the others are held back while it tries") { try gate.enter(now: 60_001) }
        gate.probeGotNoWord(now: 61_000)
        #expect(throws: CredentialFailure.self) { try gate.enter(now: 65_999) }
        #expect((try? gate.enter(now: 66_000)) == true, "5 s after the try got no word, another goes through")
        gate.settle(refusal: refusal, now: 66_100)
        #expect(throws: CredentialFailure.self, "IAM's refusal holds them back a minute again") { try gate.enter(now: 126_099) }
        #expect((try? gate.enter(now: 126_100)) == true)
        gate.settle(refusal: nil, now: 126_200)
        #expect((try? gate.enter(now: 126_201)) == false, "open: every renewal goes through, none of them a probe")
    }

    @Test("an answer that was in flight when IAM refused the source, failing for its own reason, leaves the gate closed")
    func transientFailureLeavesTheGateClosed() async throws {
        // IAM refuses the wrong source key at once; a second IAM answers every call with a 502, 300 ms late.
        let (refusing, refusingEndpoint) = try await Self.serve(tenants: 4)
        var faults = FaultPlan()
        faults.apis = [.iam]
        faults.badGatewayRate = 1
        faults.latencyMilliseconds = 300
        let identity = SimulatorIdentity.demo
        let failing = try await SimulatorServer.start(
            service: SimulatorService(world: World(seed: 3, taskCount: 1, identity: identity), identity: identity), faults: faults)
        let failingEndpoint = try Endpoint(parsing: failing.endpoint)
        let wrong = CredentialHandle.accessKey(id: identity.accessKey, secret: "wrong")
        let gate = SourceGate()
        func assumption(_ index: Int, _ iam: Endpoint) -> AgencyAssumption {
            AgencyAssumption(
                agency: Agency(name: SimulatorAccounts.defaultAgency, domain: .name(SimulatorAccounts.domainName(index))),
                via: "mgmt", source: wrong, iam: iam, connection: CredentialConnection(), gate: gate)
        }
        let inFlight = Task { try await assumption(1, failingEndpoint).fetch() }
        try await Task.sleep(for: .milliseconds(100))
        await #expect(throws: CredentialFailure.self) { try await assumption(2, refusingEndpoint).fetch() }
        await #expect(throws: (any Error).self) { try await inFlight.value }
        let before = refusing.service.requestsServed
        do {
            _ = try await assumption(3, refusingEndpoint).fetch()
            Issue.record("the gate let an agency through")
        } catch let failure as CredentialFailure {
            #expect(failure.isRefusal && failure.wording.english.contains("IAM refused the source credential"))
        }
        #expect(refusing.service.requestsServed == before, "held back by the gate, without a request")
        await refusing.stop()
        await failing.stop()
    }
}
