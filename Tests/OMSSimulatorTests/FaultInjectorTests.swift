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
}
