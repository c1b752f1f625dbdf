import DashboardCore
import FoundationEssentials
import MonitorCore
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
            Task { deliver(.answer(await Self.answer(fetch, with: client))) }
        case .startTask(let key, let typed):
            guard let client = clients[key.profile] else { return }
            let credentials = taskCredentials
            Task {
                let result = await Self.attempt { () async throws -> Void in
                    guard let keys = try typed ?? credentials.startRequest(for: key.id) else {
                        throw ErrorReport(message: "no start keys for \(key.id): add task_credentials to the config")
                    }
                    try await client.startTask(key.id, credentials: keys)
                }
                deliver(.commandFinished(key, .start, result.failure))
            }
        case .stopTask(let key):
            guard let client = clients[key.profile] else { return }
            Task { deliver(.commandFinished(key, .stop, await Self.attempt { try await client.stopTask(key.id) }.failure)) }
        case .quit:
            break
        }
    }

    /// Sends one fetch as one request and returns its answer.
    public static func answer(_ fetch: Fetch, with client: OMSClient) async -> MonitorAnswer {
        switch fetch {
        case .listPage(let profile, let offset, let sweep):
            let result = await attempt { try await client.listTasks(limit: ListSweep.pageSize, offset: offset) }
            return .page(profile: profile, offset: offset, sweep: sweep, result)
        case .show(let key):
            return .shown(key, await attempt { try await client.showTask(key.id) })
        case .statistics(let key, let window, let start, let end):
            let result = await attempt {
                try await client.statistics(taskID: key.id, types: StatisticDataType.documented, start: start, end: end)
            }
            return .statistics(key, window: window, start: start, end: end, result)
        case .alertCheck(let key, let start, let end):
            let result = await attempt {
                try await client.statistics(taskID: key.id, types: [.request, .failure], start: start, end: end)
            }
            return .alertCheck(key, start: start, end: end, result)
        }
    }

    /// Shuts every client down.
    public func shutdown() async {
        for client in clients.values { await client.shutdown() }
    }

    private static func attempt<T>(_ body: () async throws -> T) async -> Result<T, ErrorReport> {
        do {
            return .success(try await body())
        } catch let error as OMSError {
            return .failure(ErrorReport(error))
        } catch let error as ErrorReport {
            return .failure(error)
        } catch let error as ConfigurationError {
            return .failure(ErrorReport(message: error.message))
        } catch {
            return .failure(ErrorReport(message: "\(error)"))
        }
    }
}

extension Result {
    /// The error of a failure, nil on success.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
