import DashboardCore
import FoundationEssentials
import MonitorCore
import MonitorRuntime
import OMSCore

/// Runs the dashboard's effects with the API clients and hands each answer back as an action.
/// Every request runs in its own task, so nothing on the network blocks keys or drawing.
public final class EffectRunner: Sendable {
    private let clients: [String: OMSClient]
    private let taskCredentials: TaskCredentialStore
    private let deliver: @Sendable (Action) -> Void

    public init(clients: [String: OMSClient], taskCredentials: TaskCredentialStore, deliver: @escaping @Sendable (Action) -> Void) {
        self.clients = clients
        self.taskCredentials = taskCredentials
        self.deliver = deliver
    }

    /// The number of API requests sent so far, over all profiles.
    public var requestCount: Int { clients.values.map(\.requestCount).reduce(0, +) }

    /// Starts the work of one effect; its answer comes back through `deliver`.
    public func run(_ effect: Effect) {
        switch effect {
        case .fetch(let fetch):
            guard let client = clients[fetch.profile] else { return }
            Task { deliver(.answer(await FetchRunner.answer(fetch, with: client))) }
        case .startTask(let key, let typed):
            guard let client = clients[key.profile] else { return }
            let credentials = taskCredentials
            Task {
                let result = await FetchRunner.attempt { () async throws -> Void in
                    guard let keys = try typed ?? credentials.startRequest(for: key.id) else {
                        throw ErrorReport(message: "no start keys for \(key.id): add task_credentials to the config")
                    }
                    try await client.startTask(key.id, credentials: keys)
                }
                deliver(.commandFinished(key, .start, result.failure))
            }
        case .stopTask(let key):
            guard let client = clients[key.profile] else { return }
            Task { deliver(.commandFinished(key, .stop, await FetchRunner.attempt { try await client.stopTask(key.id) }.failure)) }
        case .quit:
            break
        }
    }

    /// Shuts every client down.
    public func shutdown() async {
        for client in clients.values { await client.shutdown() }
    }
}
