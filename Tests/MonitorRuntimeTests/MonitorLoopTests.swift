import MonitorCore
import MonitorRuntime
import OMSCore
import OMSSimulator
import Synchronization
import Testing

/// The loop of `watch` and the exporter against the simulator over HTTP: while loading, the answers
/// that come together are gathered into one pass that sends what they made due, without waiting
/// for the tick, and every page is asked once.
@Suite("MonitorLoop: answers drive the first load, every page asked once")
struct MonitorLoopTests {
    /// 20 tenants of 250 tasks (3 pages each) on one simulator, and a loop over them whose tick
    /// comes every `tick`.
    struct Rig {
        let server: SimulatorServer
        let clients: ClientPool
        let loop: MonitorLoop

        static let tenants = 20
        static let tasks = 250

        static func start(tick: Duration) async throws -> Rig {
            let identity = SimulatorIdentity.demo
            let worlds = (0..<tenants).map { World(seed: UInt64(40 + $0), taskCount: tasks, identity: identity) }
            let service = SimulatorService(world: worlds[0], identity: identity, otherTenants: Array(worlds.dropFirst()))
            let server = try await SimulatorServer.start(service: service, faults: FaultPlan(), seed: 42)
            var clients: [String: OMSClient] = [:]
            var profiles: [Monitor.Profile] = []
            for index in 0..<tenants {
                let project = index == 0 ? identity.projectID : SimulatorService.tenantProjectID(index, first: identity.projectID)
                let name = "tenant-\(index)"
                clients[name] = OMSClient(configuration: OMSClientConfiguration(
                    endpoint: try Endpoint(parsing: server.endpoint), region: "cn-north-4", projectID: project,
                    credentials: .accessKey(id: identity.accessKey, secret: identity.secretKey), connectTimeout: 2,
                    requestTimeout: 5, retry: .never))
                profiles.append(Monitor.Profile(name: name, region: "cn-north-4", projectID: project))
            }
            let pool = ClientPool(clients: clients)
            let monitor = Monitor(profiles: profiles, settings: MonitorSettings(requestsPerMinuteTotal: 6_000))
            return Rig(server: server, clients: pool, loop: MonitorLoop(monitor: monitor, clients: pool, tick: tick))
        }

        func stop() async {
            await clients.shutdown()
            await server.stop()
        }
    }

    /// The tick is an hour away, so only the answers can bring the second and third pages; if they
    /// did not, the loop would wait for that tick and the time limit would end the test. No wall
    /// time is measured: a busy machine may hold the answers back, never make a tick come sooner.
    @Test(
        "with the next tick an hour away, the whole first load of 20 profiles × 3 pages comes from the answers, each page once",
        .timeLimit(.minutes(2)))
    func answersDriveTheFirstLoad() async throws {
        let rig = try await Rig.start(tick: .seconds(3600))
        let pagesAnswered = Mutex<[String: Int]>([:])
        await rig.loop.run(
            interest: Interest(), shouldStop: { monitor in !monitor.isLoading },
            onAnswer: { answer in
                guard case .page(let profile, let offset, _, .success) = answer else { return }
                pagesAnswered.withLock { $0["\(profile)@\(offset)", default: 0] += 1 }
            }, onChange: { _, _ in })
        let monitor = rig.loop.monitor
        #expect(!monitor.isLoading, "every profile loaded")
        #expect(monitor.taskCount == Rig.tenants * Rig.tasks)
        let pages = pagesAnswered.withLock { $0 }
        #expect(pages.count == Rig.tenants * ((Rig.tasks + ListSweep.pageSize - 1) / ListSweep.pageSize), "every page of every profile")
        #expect(pages.values.allSatisfy { $0 == 1 }, "each page asked once: \(pages.filter { $0.value > 1 })")
        await rig.stop()
    }
}
