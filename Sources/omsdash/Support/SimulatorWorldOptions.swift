import ArgumentParser
import OMSCore
import OMSSimulator

/// The options that shape a simulated world and its faults, shared by `simulator` and `--demo`.
struct SimulatorWorldOptions: ParsableArguments {
    @Option(help: "Seed of the world: the same seed gives the same tasks and statistics.") var seed: UInt64 = 1
    @Option(help: "How many times faster than real life objects arrive.") var speed: Double = 1
    @Option(help: "Number of tasks in the world at start (in each tenant's).") var tasks = 5
    @Option(help: "Tenants served, each its own project and tasks, the same keys for all; project ids after the first end in 0001, 0002, … in place of its last 4 digits, skipping the number the first ends in.")
    var tenants = 1
    @Option(help: "Seconds the temporary keys of its IAM and ECS metadata live; a request signed with an expired one is refused (401 APIGW.0301).")
    var credentialLifetime = 900
    @Option(help: "The agency every tenant after the first holds, trusting the first tenant's keys.")
    var agency = SimulatorAccounts.defaultAgency
    @Option(help: "The identity provider a CCE workload identity names in X-Idp-Id.")
    var idpId = SimulatorAccounts.defaultIdentityProvider
    @Option(help: "Refuse the first tenant's permanent key this many seconds after the start (401), for --revoke-source-for seconds.")
    var revokeSourceAfter: Double?
    @Option(help: "Seconds the source key stays refused after --revoke-source-after.") var revokeSourceFor = 60.0
    @Option(help: "Member accounts (of the last that stay) that are suspended: listed, never watched.") var orgSuspended = 0
    @Option(help: "Member accounts (before the suspended ones) that hold no agency: assume_role is refused (403).")
    var orgWithoutAgency = 0
    @Option(help: "The last N accounts join the organization --org-change-after seconds after the start.") var orgJoin = 0
    @Option(help: "The first N member accounts leave the organization --org-change-after seconds after the start.") var orgLeave = 0
    @Option(help: "Seconds after the start when --org-join accounts join and --org-leave accounts leave.") var orgChangeAfter: Double?
    @Option(help: "Member accounts (after the leaving ones) whose agency is deleted --agency-lost-after seconds after the start and made again --agency-lost-for seconds later; keys issued before stay valid until they expire.")
    var agencyLost = 0
    @Option(help: "Seconds after the start when the --agency-lost accounts lose the agency.") var agencyLostAfter: Double?
    @Option(help: "Seconds the --agency-lost accounts are without the agency.") var agencyLostFor = 120.0
    @Flag(help: "The first task also holds a failed-object list of 100,000 lines, written last month (the demo's does).")
    var largeFailedList = false
    @Option(help: "A destination bucket that refuses every reader (403 AccessDenied), as a bucket policy can; repeat for more.")
    var denyBucket: [String] = []
    @Option(help: "Milliseconds added to every API answer.") var latencyMs = 0
    @Option(help: "Share (0-1) of answers replaced by a 502 HTML page.") var badGatewayRate = 0.0
    @Option(help: "Share (0-1) of answers replaced by 429 APIGW.0308 with Retry-After.") var throttleRate = 0.0
    @Option(help: "Retry-After seconds sent with 429.") var retryAfter = 1
    @Option(help: "Share (0-1) of answers with truncated JSON.") var truncateRate = 0.0
    @Option(help: "Share (0-1) of answers held back for --slow-seconds.") var slowRate = 0.0
    @Option(help: "Seconds a slow answer is held back.") var slowSeconds = 60.0
    @Option(help: "Share (0-1) of connections dropped without an answer.") var dropRate = 0.0
    @Option(help: "Seconds after the start when the faults above stop (latency stays); default never.")
    var faultsFor: Double?
    @Option(help: "The services the latency and faults above hit, comma-separated: oms, iam, organizations, metadata, obs.")
    var faultsOn = "oms"
    @Option(help: "A region whose requests (its projects' OMS calls and its project discovery) have their connection closed without an answer, from --region-down-after seconds after the start for --region-down-for seconds.")
    var regionDown: String?
    @Option(help: "Seconds after the start when --region-down's region becomes unreachable.") var regionDownAfter = 0.0
    @Option(help: "Seconds --region-down's region stays unreachable.") var regionDownFor = 60.0
    @Flag(
        inversion: .prefixedNo,
        help: "Script every incident below, the stop 40 s in (on by default with --demo).")
    var incidents: Bool?
    @Flag(help: "Task 5 fails a quarter of its objects from 10 minutes before the start, for 30 minutes.")
    var failureBurst = false
    @Flag(help: "Task 2 received no request for the 3 hours before the start, and gets none for the hour after.")
    var silentSource = false
    @Option(help: "Task 3 is stopped from outside this many seconds after the start.") var stopAfter: Double?

    func validate() throws {
        guard speed > 0 else { throw ValidationError(.optionSpeed) }
        guard tasks >= 0 else { throw ValidationError(.optionTasks) }
        guard (1...2001).contains(tenants) else { throw ValidationError(.optionTenants) }
        for rate in [badGatewayRate, throttleRate, truncateRate, slowRate, dropRate] where !(0...1).contains(rate) {
            throw ValidationError(.optionFaultRates)
        }
        if let faultsFor, !(faultsFor >= 0) { throw ValidationError(.optionFaultsFor) }
        if let stopAfter, !(stopAfter >= 0) { throw ValidationError(.optionStopAfter) }
        guard credentialLifetime >= 10 else { throw ValidationError(.optionCredentialLifetime) }
        if let revokeSourceAfter, !(revokeSourceAfter >= 0) || !(revokeSourceFor > 0) {
            throw ValidationError(.optionRevokeSource)
        }
        guard organization.fits(count: tenants), orgChangeAfter.map({ $0 >= 0 }) ?? true,
            agencyLostAfter.map({ $0 >= 0 }) ?? true, agencyLostFor > 0
        else {
            throw ValidationError(.optionOrganization)
        }
        guard regionDownAfter >= 0, regionDownFor > 0 else { throw ValidationError(.optionRegionDown) }
        guard SimulatedAPI.list(faultsOn) != nil else { throw ValidationError(.optionFaultsOn) }
    }

    /// The scripted incidents: all of them when `--incidents` (or `--demo` without
    /// `--no-incidents`), else the ones named.
    func scriptedIncidents(demo: Bool) -> Incidents {
        if incidents ?? demo { return .all }
        return Incidents(failureBurst: failureBurst, silentSource: silentSource, externalStopSeconds: stopAfter)
    }

    /// The tenants as an organization, with the knobs above.
    var organization: SimulatorOrganization {
        SimulatorOrganization(
            suspended: orgSuspended, withoutAgency: orgWithoutAgency, joining: orgJoin, leaving: orgLeave,
            changeAfterSeconds: orgChangeAfter, losingAgency: agencyLost, agencyLossAfterSeconds: agencyLostAfter,
            agencyLossForSeconds: agencyLostFor)
    }

    var faults: FaultPlan {
        var plan = FaultPlan()
        plan.latencyMilliseconds = latencyMs
        plan.badGatewayRate = badGatewayRate
        plan.throttleRate = throttleRate
        plan.retryAfterSeconds = retryAfter
        plan.truncateRate = truncateRate
        plan.slowRate = slowRate
        plan.slowSeconds = slowSeconds
        plan.dropRate = dropRate
        plan.faultSeconds = faultsFor
        plan.apis = SimulatedAPI.list(faultsOn) ?? [.oms]
        plan.regionOutage = regionDown.map { RegionOutage(region: $0, afterSeconds: regionDownAfter, forSeconds: regionDownFor) }
        return plan
    }

    /// Builds the world and serves it: each tenant's in `region`, and in each of `otherRegions`.
    func startServer(
        host: String, port: Int, demo: Bool, identity: SimulatorIdentity = .demo, region: String = "cn-north-4",
        otherRegions: [String] = [], tls: SimulatorTLS? = nil, log: (@Sendable (String) -> Void)? = nil
    ) async throws -> SimulatorServer {
        let world = World(
            seed: seed, taskCount: tasks, speed: speed, identity: identity, incidents: scriptedIncidents(demo: demo))
        let others = (1..<tenants).map { index in
            World(seed: seed &+ UInt64(index), taskCount: tasks, speed: speed, identity: identity, incidents: Incidents())
        }
        let regional = otherRegions.enumerated().map { offset, name in
            (region: name, worlds: (0..<tenants).map { index in
                World(seed: seed &+ UInt64((offset + 1) * tenants + index), taskCount: tasks, speed: speed, identity: identity, incidents: Incidents())
            })
        }
        let accounts = SimulatorAccounts(
            agencyName: agency, identityProvider: idpId, credentialLifetimeSeconds: credentialLifetime,
            revokedAfterSeconds: revokeSourceAfter, revokedForSeconds: revokeSourceFor, organization: organization)
        let service = SimulatorService(
            world: world, identity: identity, region: region, otherTenants: others, accounts: accounts, otherRegions: regional,
            deniedBuckets: Set(denyBucket), largeFailedList: largeFailedList || demo)
        do {
            return try await SimulatorServer.start(
                service: service, faults: faults, seed: seed, host: host, port: port, tls: tls, log: log)
        } catch let failure as SimulatorTLS.Failure {
            throw CommandFailure.usage(Wording(.failureSimulatorTLS, ["reason": "\(failure)"]))
        } catch {
            throw CommandFailure.usage(Wording(.failureSimulatorCannotListen, ["address": "\(Endpoint.bracketed(host)):\(port)", "reason": "\(error)"]))
        }
    }
}
