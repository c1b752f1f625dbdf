import ArgumentParser
import FoundationEssentials
import OMSCore
import OMSSimulator

/// `omsdash simulator`: serves the simulated OMS v2 API until interrupted.
struct SimulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulator",
        abstract: "Serve a local OMS v2 API with a living world of sync tasks, for demos, scripts and tests.",
        discussion: """
            Binds to 127.0.0.1 unless told otherwise and prints the endpoint, project id, AK/SK and \
            the task keys that start accepts. Without --ak/--sk/--project-id it uses fixed demo values:
              AK \(SimulatorIdentity.demo.accessKey)
              SK \(SimulatorIdentity.demo.secretKey.reveal())
              project \(SimulatorIdentity.demo.projectID)

            Example:
              omsdash simulator --port 8080 --speed 30 --latency-ms 20
              omsdash simulator --tls-cert server.pem --tls-key server.key
            """
    )

    @OptionGroup var world: SimulatorWorldOptions
    @OptionGroup var language: LanguageOption

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080
    @Option(help: "Region the simulator pretends to be; statistics, start and stop exist in cn-north-4, cn-east-3 and cn-southwest-2 only.")
    var region = "cn-north-4"
    @Option(
        help: "Regions served, comma-separated, over --region: each tenant has a project and tasks in each, so one simulator stands for an organization in several regions.")
    var regions: String?
    @Option(help: "Access key the simulator accepts.") var ak: String?
    @Option(help: "Secret key the simulator accepts.") var sk: String?
    @Option(help: "Project id the simulator serves.") var projectId: String?
    @Option(help: "An IAM token to accept as X-Auth-Token.") var authToken: String?
    @Flag(help: "Print one line per request: method, path with query, status answered, the fault injected in brackets and the User-Agent.") var logRequests = false
    @Option(help: "Serve HTTPS with this PEM certificate (with --tls-key).") var tlsCert: String?
    @Option(help: "The PEM private key of --tls-cert.") var tlsKey: String?

    func validate() throws {
        guard (tlsCert == nil) == (tlsKey == nil) else {
            throw ValidationError(.optionTLSPair)
        }
        guard served.allSatisfy(RegionTable.isWellFormed), Set(served).count == served.count else {
            throw ValidationError(.optionRegions)
        }
        if let down = world.regionDown, !served.contains(down) { throw ValidationError(.optionRegionDown) }
    }

    /// The regions of --regions, else --region alone.
    private var served: [String] {
        regions.map { $0.split(separator: ",").map { String($0).trimmed } } ?? [region]
    }

    var identity: SimulatorIdentity {
        var identity = SimulatorIdentity.demo
        if let ak { identity.accessKey = ak }
        if let sk { identity.secretKey = Secret(sk) }
        if let projectId { identity.projectID = projectId }
        identity.authToken = authToken.map { Secret($0) }
        return identity
    }

    func run() async throws {
        let server: SimulatorServer
        do {
            let log: (@Sendable (String) -> Void)? = logRequests ? { @Sendable line in Console.line(line) } : nil
            let tls = tlsCert.flatMap { cert in tlsKey.map { SimulatorTLS(certificatePath: cert, keyPath: $0) } }
            server = try await world.startServer(
                host: host, port: port, demo: false, identity: identity, region: served.first ?? region,
                otherRegions: Array(served.dropFirst()), tls: tls, log: log)
        } catch {
            CommandFailure.from(error).exit()
        }
        let identity = server.service.identity
        let keys = identity.taskKeys
        Console.line("omsdash simulator listening on \(server.endpoint)")
        Console.line("  region      \(server.service.regions.joined(separator: ", "))")
        Console.line("  project id  \(identity.projectID)")
        Console.line("  AK          \(identity.accessKey)")
        Console.line("  SK          \(identity.secretKey.reveal())")
        if let token = identity.authToken { Console.line("  IAM token   \(token.reveal())") }
        Console.line("  start keys  src_ak=\(keys.srcAK) src_sk=\(keys.srcSK.reveal()) dst_ak=\(keys.dstAK) dst_sk=\(keys.dstSK.reveal())")
        Console.line("  tasks       \(server.service.world.taskCount)")
        let tenants = server.service.iam.accounts.count
        if tenants > 1 {
            let last = SimulatorService.tenantProjectID(tenants - 1, first: identity.projectID)
            Console.line("  tenants     \(tenants): project ids \(identity.projectID), then …0001 to \(last)")
        }
        let accounts = server.service.iam.accounts
        Console.line("  IAM         \(server.endpoint): securitytokens (assume_role, token), id-token/tokens (X-Idp-Id \(accounts.identityProvider)); "
            + "keys live \(accounts.credentialLifetimeSeconds) s")
        if tenants > 1 {
            Console.line("  agencies    \(accounts.agencyName) in \(SimulatorAccounts.domainName(1)) to \(SimulatorAccounts.domainName(tenants - 1)), "
                + "trusting \(SimulatorAccounts.domainName(0))")
        }
        if tenants > 1 {
            let organization = accounts.organization
            Console.line("  organization \(SimulatorOrganization.id): managed by \(SimulatorAccounts.domainName(0)); "
                + "\(organization.suspended) suspended, \(organization.withoutAgency) without the agency, "
                + "\(organization.joining) joining and \(organization.leaving) leaving"
                + (organization.changeAfterSeconds.map { " after \(Int($0)) s" } ?? "")
                + (organization.agencyLossAfterSeconds.map {
                    "; \(organization.losingAgency) lose the agency after \(Int($0)) s for \(Int(organization.agencyLossForSeconds)) s"
                } ?? ""))
        }
        if let outage = world.faults.regionOutage {
            Console.line("  outage      \(outage.region) unreachable after \(Int(outage.afterSeconds)) s for \(Int(outage.forSeconds)) s")
        }
        Console.line("  ECS         \(server.endpoint): /meta-data/latest/api/token, /openstack/latest/securitykey")
        Console.line("  OBS         \(server.endpoint): the tasks' destination buckets, path-style, S3 Signature V4; "
            + "their object lists under oms/sync_task/<task id>/ (obs_endpoint)")
        Console.line("Connect with: HUAWEICLOUD_SDK_AK=\(identity.accessKey) HUAWEICLOUD_SDK_SK=… omsdash list "
            + "--endpoint \(server.endpoint) --region \(server.service.region) --project-id \(identity.projectID)")
        await server.waitUntilClosed()
    }
}
