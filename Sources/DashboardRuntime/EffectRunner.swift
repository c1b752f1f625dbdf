import DashboardCore
import FoundationEssentials
import MonitorCore
import MonitorRuntime
import OMSCore

/// Runs the dashboard's effects with the API clients and the alert hook, and hands each answer
/// back as an action. Every request and hook runs in its own task, so nothing blocks keys or
/// drawing. The bell is the terminal's to ring.
public final class EffectRunner: Sendable {
    private let clients: ClientPool
    private let taskCredentials: TaskCredentialStore
    private let environment: [String: String]
    private let hook: EventHook?
    private let readConfig: @Sendable () async -> ConfigReading
    private let deliver: @Sendable (Action) -> Void

    /// `environment` gives "env:NAME" secrets typed in the create form their values;
    /// `readConfig` reads the config again, one reading at a time.
    public init(
        clients: ClientPool, taskCredentials: TaskCredentialStore, environment: [String: String] = [:],
        hook: EventHook? = nil, readConfig: @escaping @Sendable () async -> ConfigReading = { .refused(Wording(.reloadDemo)) },
        deliver: @escaping @Sendable (Action) -> Void
    ) {
        self.clients = clients
        self.taskCredentials = taskCredentials
        self.environment = environment
        self.hook = hook
        self.readConfig = readConfig
        self.deliver = deliver
    }

    /// The number of API requests sent so far, over all profiles.
    public var requestCount: Int { clients.requestCount }

    /// Starts the work of one effect; its answer comes back through `deliver`.
    public func run(_ effect: Effect) {
        switch effect {
        case .fetch(let fetch):
            Task { deliver(.answer(await FetchRunner.answer(fetch, in: clients))) }
        case .readConfig:
            Task { deliver(.configRead(await readConfig())) }
        case .startTask(let key, let typed):
            let credentials = taskCredentials
            Task {
                let result = await FetchRunner.attempt { () async throws -> Void in
                    guard let keys = try typed ?? credentials.startRequest(for: key.id) else {
                        throw ErrorReport(wording: Wording(.failureNoStartKeysHere, ["id": key.id]))
                    }
                    try await self.clients.client(key.profile).startTask(key.id, credentials: keys)
                }
                deliver(.commandFinished(key, .start, result.failure))
            }
        case .stopTask(let key):
            Task {
                let result = await FetchRunner.attempt { try await self.clients.client(key.profile).stopTask(key.id) }
                deliver(.commandFinished(key, .stop, result.failure))
            }
        case .deleteTask(let key):
            Task {
                let result = await FetchRunner.attempt { try await self.clients.client(key.profile).deleteTask(key.id) }
                deliver(.commandFinished(key, .delete, result.failure))
            }
        case .createTask(let form):
            guard let profile = form.profile?.name else { return }
            let secrets = FormSecrets(taskCredentials: taskCredentials, environment: environment)
            Task {
                let result = await FetchRunner.attempt {
                    try await self.clients.client(profile).createTask(try form.request(resolve: secrets.resolve)).taskID
                }
                deliver(.created(profile: profile, result))
            }
        case .syncObjects(let key, let batches):
            Task {
                switch await FetchRunner.attempt({ try await self.clients.client(key.profile) }) {
                case .success(let client): deliver(.commandFinished(key, .syncObjects, await Self.send(batches, to: key, with: client)))
                case .failure(let report): deliver(.commandFinished(key, .syncObjects, report))
                }
            }
        case .readObjectLists(let key, let bucket, let region, let limit):
            Task {
                let result = await FetchRunner.attempt { () async throws -> ObjectListSummary in
                    try await self.withListReader(key, bucket: bucket, region: region) { try await $0.summary(limit: limit) }
                }
                deliver(.objectListsRead(key, result))
            }
        case .glanceObjectLists(let key, let bucket, let region):
            Task {
                let result = await FetchRunner.attempt { () async throws -> ObjectListGlance in
                    try await self.withListReader(key, bucket: bucket, region: region) { try await $0.glance() }
                }
                deliver(.objectListsGlanced(key, result))
            }
        case .announce(let event):
            let deliver = self.deliver
            hook?.run(event) { failure in
                if let failure { deliver(.hookFailed(failure.wording)) }
            }
        case .bell, .quit:
            break
        }
    }

    /// The pause between two batches of names: the pace `omsdash sync-objects` sends them at.
    static let syncObjectsPause = Duration.seconds(1 / CreateSyncEventsRequest.defaultBatchesPerSecond)

    /// Sends the batches in turn, one POST each; stops at the first failure, whose report says
    /// which batches went out before it.
    static func send(_ batches: [CreateSyncEventsRequest], to key: TaskKey, with client: OMSClient) async -> ErrorReport? {
        var sent = 0
        for (index, batch) in batches.enumerated() {
            if index > 0 { try? await Task.sleep(for: syncObjectsPause) }
            if var failure = await FetchRunner.attempt({ try await client.createSyncEvents(taskID: key.id, batch) }).failure {
                if batches.count > 1 {
                    let values = ["index": String(index + 1), "count": String(batches.count), "sent": String(sent)]
                    failure.wording = Wording(
                        sent > 0 ? .batchFailedAfter : .batchFailedNothing, values, parts: ["error": failure.wording])
                }
                return failure
            }
            sent += batch.objectKeys.count
        }
        return nil
    }

    /// Runs `body` with a reader of a task's failed-object lists, signing with its profile's
    /// credential, through its proxy and CAs.
    private func withListReader<T: Sendable>(
        _ key: TaskKey, bucket: String, region: String?, _ body: (ObjectListReader) async throws -> T
    ) async throws -> T {
        guard let profile = clients.profile(key.profile) else {
            throw ErrorReport(wording: Wording(.failureNoProfile, ["name": key.profile]))
        }
        let client = try await clients.client(key.profile)
        var task = SyncTask(id: key.id)
        task.dstBucket = bucket
        task.dstRegion = region
        let lists = try TaskObjectLists(task: task, profile: profile)
        let storage = lists.client(
            profile: profile, connectTimeout: client.configuration.connectTimeout,
            requestTimeout: client.configuration.requestTimeout, userAgent: client.configuration.userAgent)
        do {
            let result = try await body(lists.reader(.failed, client: storage))
            await storage.shutdown()
            return result
        } catch {
            await storage.shutdown()
            throw error
        }
    }

    /// Shuts every client down.
    public func shutdown() async { await clients.shutdown() }
}
