import Testing

@testable import OMSSimulator

@Suite("Fault injection over time")
struct FaultInjectorTests {
    @Test("faults stop faultSeconds after the start; answers are clean from then on")
    func faultsStop() {
        var plan = FaultPlan()
        plan.badGatewayRate = 1
        plan.faultSeconds = 1
        let start = ContinuousClock.now
        let injector = FaultInjector(plan: plan, seed: 1, start: start)
        #expect(injector.draw(at: start) == .badGateway)
        #expect(injector.draw(at: start + .milliseconds(999)) == .badGateway)
        #expect(injector.draw(at: start + .seconds(1)) == Fault.none)
        #expect(injector.draw(at: start + .seconds(60)) == Fault.none)
    }

    @Test("without faultSeconds, faults never stop")
    func faultsLast() {
        var plan = FaultPlan()
        plan.badGatewayRate = 1
        let start = ContinuousClock.now
        #expect(FaultInjector(plan: plan, seed: 1, start: start).draw(at: start + .seconds(86_400)) == .badGateway)
    }

    @Test("faults hit the services they name: OMS alone unless told, IAM and Organizations when asked")
    func faultsOnServices() {
        var plan = FaultPlan()
        plan.badGatewayRate = 1
        let start = ContinuousClock.now
        let omsOnly = FaultInjector(plan: plan, seed: 1, start: start)
        #expect(omsOnly.draw(for: .oms, at: start) == .badGateway)
        #expect(omsOnly.draw(for: .iam, at: start) == Fault.none)
        #expect(omsOnly.draw(for: nil, at: start) == Fault.none)
        plan.apis = [.oms, .iam, .organizations]
        let wider = FaultInjector(plan: plan, seed: 1, start: start)
        #expect([SimulatedAPI.oms, .iam, .organizations, .metadata].map { wider.draw(for: $0, at: start) }
            == [.badGateway, .badGateway, .badGateway, Fault.none])
    }

    @Test("paths are told apart by service; --faults-on lists are read strictly")
    func services() {
        #expect(SimulatedAPI(uri: "/v2/p/sync-tasks?limit=100") == .oms)
        #expect(SimulatedAPI(uri: "/v3.0/OS-CREDENTIAL/securitytokens") == .iam)
        #expect(SimulatedAPI(uri: "/v3/projects?name=cn-east-3") == .iam)
        #expect(SimulatedAPI(uri: "/v1/organizations/accounts?limit=200") == .organizations)
        #expect(SimulatedAPI(uri: "/meta-data/latest/api/token") == .metadata)
        #expect(SimulatedAPI(uri: "/openstack/latest/securitykey") == .metadata)
        #expect(SimulatedAPI(uri: "/logs-prod?list-type=2&prefix=oms%2F") == .obs)
        #expect(SimulatedAPI(uri: "/logs-prod/oms/sync_task/t/failed_object_lists/s/1.failed_list.txt") == .obs)
        #expect(SimulatedAPI(uri: "/Metrics") == nil && SimulatedAPI(uri: "/ab") == nil, "not a bucket's name")
        #expect(SimulatedAPI.list("oms, iam,organizations,obs") == [.oms, .iam, .organizations, .obs])
        #expect(SimulatedAPI.list("oms,sts") == nil && SimulatedAPI.list("") == nil)
    }

    @Test("a region's outage cuts that region alone, from its start for its length")
    func regionOutage() {
        var plan = FaultPlan()
        plan.regionOutage = RegionOutage(region: "cn-east-3", afterSeconds: 10, forSeconds: 60)
        let start = ContinuousClock.now
        let injector = FaultInjector(plan: plan, seed: 1, start: start)
        #expect(!injector.cutsOff("cn-east-3", at: start + .seconds(9)))
        #expect(injector.cutsOff("cn-east-3", at: start + .seconds(10)))
        #expect(injector.cutsOff("cn-east-3", at: start + .milliseconds(69_999)))
        #expect(!injector.cutsOff("cn-east-3", at: start + .seconds(70)))
        #expect(!injector.cutsOff("cn-north-4", at: start + .seconds(30)))
        #expect(!injector.cutsOff(nil, at: start + .seconds(30)))
        #expect(injector.draw(at: start + .seconds(30)) == Fault.none, "an outage is no fault of the other regions")
    }
}
