import DashboardCore
import DashboardRuntime
import MonitorCore
import OMSCore
import OMSSimulator
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The dashboard's effects run against the simulator over HTTP: each is exactly the requests it
/// stands for, and comes back as one action.
@Suite("EffectRunner: one effect, its requests, one action back")
struct EffectRunnerTests {
    /// A simulator, a runner whose one profile `p` points at it, and the actions it delivers.
    struct Rig {
        let server: SimulatorServer
        let runner: EffectRunner
        let queue: ActionQueue

        static func start() async throws -> Rig {
            let identity = SimulatorIdentity.demo
            let world = World(seed: 42, taskCount: 5, identity: identity)
            let server = try await SimulatorServer.start(
                service: SimulatorService(world: world, identity: identity, region: "cn-north-4"), faults: FaultPlan(), seed: 42)
            let client = OMSClient(configuration: OMSClientConfiguration(
                endpoint: try Endpoint(parsing: server.endpoint), region: "cn-north-4", projectID: identity.projectID,
                credentials: .accessKey(id: identity.accessKey, secret: identity.secretKey), connectTimeout: 2, requestTimeout: 5,
                retry: .never))
            let queue = ActionQueue()
            let runner = EffectRunner(
                clients: ClientPool(clients: ["p": client]), taskCredentials: TaskCredentialStore(entries: [:]), deliver: queue.post)
            return Rig(server: server, runner: runner, queue: queue)
        }

        /// The actions delivered, once there are `count` of them (or after 10 s, however many came).
        func actions(_ count: Int) async -> [Action] {
            var actions: [Action] = []
            for _ in 0..<200 where actions.count < count {
                actions += queue.drain()
                if actions.count < count { try? await Task.sleep(for: .milliseconds(50)) }
            }
            return actions
        }

        /// The task list as page 1 answers it, through the runner.
        func tasks() async throws -> [SyncTask] {
            runner.run(.fetch(.listPage(profile: "p", offset: 0, sweep: 1)))
            guard case .answer(.page("p", 0, 1, .success(let page))) = await actions(1).first else {
                throw RigFailure.noPage
            }
            return page.tasks
        }

        /// How the one command run finished: its key, command, and error (nil when OMS accepted it).
        func finish() async throws -> (key: TaskKey, command: ConfirmDialog.Command, error: ErrorReport?) {
            let delivered = await actions(1)
            guard case .commandFinished(let key, let command, let error) = delivered.first else { throw RigFailure.noFinish(delivered) }
            return (key, command, error)
        }

        /// Runs `body` with a rig, and stops the rig afterwards, whatever happens.
        static func with(_ body: (Rig) async throws -> Void) async throws {
            let rig = try await start()
            do {
                try await body(rig)
            } catch {
                await rig.stop()
                throw error
            }
            await rig.stop()
        }

        func stop() async {
            await runner.shutdown()
            await server.stop()
        }
    }

    enum RigFailure: Error {
        case noPage
        /// What came back instead of a command's finish.
        case noFinish([Action])
    }

    @Test("a fetch is one request, answered as the page it asked for")
    func fetch() async throws {
        try await Rig.with { rig in
            let tasks = try await rig.tasks()
            #expect(tasks.count == 5)
            #expect(rig.runner.requestCount == 1)
        }
    }

    @Test("a stop is one POST, and its finish carries no error; the task is stopped on the server")
    func stop() async throws {
        try await Rig.with { rig in
            let running = try #require(try await rig.tasks().first { $0.status == .synchronizing })
            let key = TaskKey(profile: "p", id: running.id)
            rig.runner.run(.stopTask(key))
            let finished = try await rig.finish()
            #expect(finished.key == key && finished.command == .stop && finished.error == nil)
            #expect(rig.runner.requestCount == 2, "the list, then the one stop")
            #expect(try await rig.tasks().first { $0.id == running.id }?.status == .stopped)
        }
    }

    @Test("a start without keys for the task sends nothing and says which task lacks them")
    func startWithoutKeys() async throws {
        try await Rig.with { rig in
            let stopped = try #require(try await rig.tasks().first)
            let key = TaskKey(profile: "p", id: stopped.id)
            rig.runner.run(.startTask(key, nil))
            let finished = try await rig.finish()
            #expect(finished.key == key && finished.command == .start)
            #expect(finished.error?.wording == Wording(.failureNoStartKeysHere, ["id": key.id]))
            #expect(rig.runner.requestCount == 1, "only the list")
        }
    }

    @Test("names for a stopped task: the first batch is refused and no second is sent")
    func syncObjectsToStoppedTask() async throws {
        try await Rig.with { rig in
            let stopped = try #require(try await rig.tasks().first { $0.status == .stopped })
            let key = TaskKey(profile: "p", id: stopped.id)
            let batches = [CreateSyncEventsRequest(names: ["a.txt", "b.txt"]), CreateSyncEventsRequest(names: ["c.txt"])]
            rig.runner.run(.syncObjects(key, batches))
            let finished = try await rig.finish()
            #expect(finished.key == key && finished.command == .syncObjects)
            #expect(finished.error?.wording.message == .batchFailedNothing)
            #expect(finished.error?.wording.values["count"] == "2")
            #expect(rig.runner.requestCount == 2, "the list, then one POST")
        }
    }

    @Test("the bell and quit are the terminal's: nothing is sent, nothing comes back")
    func terminalEffects() async throws {
        try await Rig.with { rig in
            rig.runner.run(.bell)
            rig.runner.run(.quit)
            try await Task.sleep(for: .milliseconds(200))
            #expect(rig.queue.drain().isEmpty)
            #expect(rig.runner.requestCount == 0)
        }
    }
}
