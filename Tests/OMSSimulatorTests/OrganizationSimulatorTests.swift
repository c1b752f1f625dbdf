import Foundation
import Testing

@testable import OMSCore
@testable import OMSSimulator

@Suite("The simulator's organization: ListAccounts by marker, suspended accounts, missing agencies, accounts coming and going, two regions")
struct OrganizationSimulatorTests {
    static func serve(tenants: Int, organization: SimulatorOrganization, regions: [String] = []) async throws -> (SimulatorServer, Endpoint) {
        let identity = SimulatorIdentity.demo
        let world = World(seed: 5, taskCount: 2, identity: identity)
        let others = (1..<tenants).map { World(seed: 5 &+ UInt64($0), taskCount: 2, identity: identity) }
        let regional = regions.map { region in
            (region: region, worlds: (0..<tenants).map { World(seed: 50 &+ UInt64($0), taskCount: 1, identity: identity) })
        }
        let service = SimulatorService(
            world: world, identity: identity, otherTenants: others, accounts: SimulatorAccounts(organization: organization),
            otherRegions: regional)
        let server = try await SimulatorServer.start(service: service)
        return (server, try Endpoint(parsing: server.endpoint))
    }

    static let management = CredentialHandle(
        fixed: .accessKey(id: SimulatorIdentity.demo.accessKey, secret: SimulatorIdentity.demo.secretKey),
        source: .keys(.accessKey(id: SimulatorIdentity.demo.accessKey, secret: SimulatorIdentity.demo.secretKey)))

    static func agency(_ account: Int, _ endpoint: Endpoint, registry: CredentialRegistry) -> CredentialHandle {
        registry.handle(
            for: .agency(
                Agency(name: SimulatorAccounts.defaultAgency, domain: .name(SimulatorAccounts.domainName(account)), trustedAccount: "tenant-0000"),
                via: "mgmt", source: management.source, iam: endpoint),
            connection: CredentialConnection())
    }

    @Test("accounts come page by page until next_marker is null, with each one's status")
    func paging() async throws {
        let (server, endpoint) = try await Self.serve(tenants: 12, organization: SimulatorOrganization(suspended: 2, withoutAgency: 1))
        defer { Task { await server.stop() } }
        let listing = AccountListing(endpoint: endpoint, credentials: Self.management, connection: CredentialConnection(), pageSize: 5)
        let members = try await listing.fetch()
        #expect(members.managementID == SimulatorAccounts.domainID(0) && members.managementName == "tenant-0000")
        #expect(members.accounts.map(\.name) == (0..<12).map(SimulatorAccounts.domainName))
        #expect(members.accounts.filter { !$0.isActive }.map(\.name) == ["tenant-0010", "tenant-0011"])
        #expect(members.accounts.allSatisfy { ["active", "suspended"].contains($0.status) })
        let pages = server.service.requestsServed
        #expect(pages == 4, "ShowOrganization and 3 pages of 5, not \(pages)")
    }

    @Test("a member account's key may not list the organization; the management account's agency holders assume, the others are refused with the fix")
    func refusals() async throws {
        let (server, endpoint) = try await Self.serve(tenants: 6, organization: SimulatorOrganization(withoutAgency: 2))
        defer { Task { await server.stop() } }
        let registry = CredentialRegistry()
        defer { registry.stop() }
        let member = Self.agency(1, endpoint, registry: registry)
        await #expect(throws: OMSError.self) {
            _ = try await AccountListing(endpoint: endpoint, credentials: member, connection: CredentialConnection()).fetch()
        }
        let missing = Self.agency(5, endpoint, registry: registry)
        do {
            _ = try await missing.current()
            Issue.record("an account without the agency gave a key")
        } catch OMSError.credentials(let failure) {
            #expect(failure.isRefusal)
            #expect(failure.wording.english
                == "account tenant-0005 refused agency omsdash (HTTP 403, IAM.0003): create agency omsdash in account tenant-0005, trusting account tenant-0000, with the OMS read actions")
        }
        let holder = Self.agency(3, endpoint, registry: registry)
        _ = try await holder.current()
        #expect(holder.status.isTemporary && holder.status.failing == nil)
    }

    @Test("accounts leave and join at the time given: before, the joining ones are not members; after, the leaving ones are not")
    func comingAndGoing() async throws {
        let organization = SimulatorOrganization(suspended: 1, withoutAgency: 1, joining: 2, leaving: 1, changeAfterSeconds: 60)
        let members = { (elapsed: Double) in (0..<8).filter { organization.status(of: $0, count: 8, elapsedSeconds: elapsed) != nil } }
        #expect(members(59.9) == [0, 1, 2, 3, 4, 5])
        #expect(members(60) == [0, 2, 3, 4, 5, 6, 7])
        #expect((0..<8).map { organization.status(of: $0, count: 8, elapsedSeconds: 0) ?? "-" }
            == ["active", "active", "active", "active", "active", "suspended", "-", "-"])
        #expect((0..<8).filter { !organization.holdsAgency($0, count: 8, elapsedSeconds: 0) } == [4])
        #expect(organization.fits(count: 8) && !organization.fits(count: 5))

        // Two accounts after the leaving one lose the agency 100 s in, for 120 s.
        let losing = SimulatorOrganization(leaving: 1, losingAgency: 2, agencyLossAfterSeconds: 100, agencyLossForSeconds: 120)
        let without = { (elapsed: Double) in (0..<8).filter { !losing.holdsAgency($0, count: 8, elapsedSeconds: elapsed) } }
        #expect(without(99.9) == [] && without(100) == [2, 3] && without(219.9) == [2, 3] && without(220) == [])
        #expect(!SimulatorOrganization(leaving: 4, losingAgency: 4).fits(count: 8))

        // Served: a change already past lists the accounts after it; one far ahead, those before.
        for (after, expected) in [(0.0, ["tenant-0000", "tenant-0002", "tenant-0003", "tenant-0004", "tenant-0005"]),
                                  (86_400.0, ["tenant-0000", "tenant-0001", "tenant-0002", "tenant-0003"])] {
            let (server, endpoint) = try await Self.serve(
                tenants: 6, organization: SimulatorOrganization(joining: 2, leaving: 1, changeAfterSeconds: after))
            let listing = AccountListing(endpoint: endpoint, credentials: Self.management, connection: CredentialConnection())
            #expect(try await listing.fetch().accounts.map(\.name) == expected)
            await server.stop()
        }
    }

    @Test("two regions from one process: each account has a project and tasks in each, reached only with its own key")
    func twoRegions() async throws {
        let (server, endpoint) = try await Self.serve(tenants: 4, organization: SimulatorOrganization(), regions: ["cn-east-3"])
        defer { Task { await server.stop() } }
        let registry = CredentialRegistry()
        defer { registry.stop() }
        let key = Self.agency(2, endpoint, registry: registry)
        let north = try await ProjectDiscovery.projectID(region: "cn-north-4", iamEndpoint: endpoint, credentials: key)
        let east = try await ProjectDiscovery.projectID(region: "cn-east-3", iamEndpoint: endpoint, credentials: key)
        #expect(north == server.service.projectID(account: 2, region: "cn-north-4") && east == server.service.projectID(account: 2, region: "cn-east-3"))
        #expect(north != east)
        await #expect(throws: OMSError.self) {
            _ = try await ProjectDiscovery.projectID(region: "cn-south-1", iamEndpoint: endpoint, credentials: key)
        }
        let client = OMSClient(configuration: OMSClientConfiguration(
            endpoint: endpoint, region: "cn-east-3", projectID: east, credentials: key, retry: .never))
        defer { Task { await client.shutdown() } }
        #expect(try await client.listTasks().tasks.count == 1)
        let other = OMSClient(configuration: OMSClientConfiguration(
            endpoint: endpoint, region: "cn-east-3", projectID: server.service.projectID(account: 3, region: "cn-east-3")!, credentials: key,
            retry: .never))
        defer { Task { await other.shutdown() } }
        await #expect(throws: OMSError.self) { _ = try await other.listTasks() }
    }
}
