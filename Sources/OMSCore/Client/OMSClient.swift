import FoundationEssentials
import OMSWords

/// A client for every OMS v2 synchronization-task operation of one project.
///
/// All calls are signed (or carry an IAM token) and go over AsyncHTTPClient. Reads are retried
/// on throttling, gateway errors and connection failures; writes are sent exactly once. Every
/// failure is thrown as an `OMSError`. Call `shutdown()` when done.
public final class OMSClient: Sendable {
    public let configuration: OMSClientConfiguration
    let transport: HTTPTransport

    /// The largest page the list operation returns, and the last offset it accepts.
    public static let maxPageSize = 100
    public static let maxOffset = 10_000

    public init(configuration: OMSClientConfiguration) {
        self.configuration = configuration
        transport = HTTPTransport(
            endpoint: configuration.endpoint, credentials: configuration.credentials,
            signing: .apiGateway(projectID: configuration.projectID), retry: configuration.retry,
            connectTimeout: configuration.connectTimeout, requestTimeout: configuration.requestTimeout,
            userAgent: configuration.userAgent, network: configuration.network)
    }

    /// Closes the connection pool. The client cannot be used afterwards.
    public func shutdown() async { await transport.shutdown() }

    /// The number of HTTP requests this client has sent, retries included.
    public var requestCount: Int { transport.requestCount }

    private var tasksPath: String { "/v2/\(PercentEncoding.encode(configuration.projectID))/sync-tasks" }

    private func taskPath(_ id: String, _ suffix: String = "") -> String {
        tasksPath + "/" + PercentEncoding.encode(id) + suffix
    }

    /// Lists one page of tasks (`limit` 1–100, `offset` 0–10000), optionally of one status.
    public func listTasks(limit: Int = 10, offset: Int = 0, status: SyncTaskStatus? = nil) async throws -> SyncTaskPage {
        guard (1...Self.maxPageSize).contains(limit) else {
            throw OMSError.invalidArgument(.verbatim("limit must be 1 to \(Self.maxPageSize), not \(limit)"))
        }
        guard (0...Self.maxOffset).contains(offset) else {
            throw OMSError.invalidArgument(.verbatim("offset must be 0 to \(Self.maxOffset), not \(offset)"))
        }
        var query = [(name: "limit", value: String(limit)), (name: "offset", value: String(offset))]
        if let status { query.append((name: "status", value: status.rawValue)) }
        return try await call("list", method: "GET", path: tasksPath, query: query)
    }

    /// Shows one task with this month's counters, as of `queryTime` (ms since 1970; default now).
    public func showTask(_ id: String, queryTime: Int64? = nil) async throws -> SyncTask {
        let time = queryTime ?? Int64(Date().timeIntervalSince1970 * 1000)
        return try await call(
            "show", taskID: id, method: "GET", path: taskPath(id), query: [(name: "query_time", value: String(time))])
    }

    /// Fetches several statistics series of a task in one request, for `start`..<`end` (ms).
    public func statistics(taskID id: String, types: [StatisticDataType], start: Int64, end: Int64) async throws
        -> TaskStatistics
    {
        guard !types.isEmpty else { throw OMSError.invalidArgument(.verbatim("name at least one statistics type")) }
        guard start <= end else { throw OMSError.invalidArgument(Wording(.failureWindowOrder)) }
        let query = [
            (name: "data_type", value: types.map(\.rawValue).joined(separator: ",")),
            (name: "start_time", value: String(start)),
            (name: "end_time", value: String(end)),
        ]
        return try await call("statistics", taskID: id, method: "GET", path: taskPath(id, "/statistics"), query: query)
    }

    /// Starts a stopped task with the keys OMS needs for its source and destination buckets.
    public func startTask(_ id: String, credentials: StartSyncTaskRequest) async throws {
        let body = try JSONEncoder().encode(credentials)
        let _: EmptyAnswer = try await call(
            "start", taskID: id, method: "POST", path: taskPath(id, "/start"), body: Array(body))
    }

    /// Stops a synchronizing task.
    public func stopTask(_ id: String) async throws {
        let _: EmptyAnswer = try await call("stop", taskID: id, method: "POST", path: taskPath(id, "/stop"))
    }

    /// Creates a task; OMS starts it at once. Returns the new task's id.
    public func createTask(_ request: CreateSyncTaskRequest) async throws -> CreateSyncTaskResponse {
        let body = try JSONEncoder().encode(request)
        return try await call("create", method: "POST", path: tasksPath, body: Array(body))
    }

    /// Asks a synchronizing task to synchronize the objects named in `request` (CreateSyncEvents):
    /// sent exactly once, never retried.
    public func createSyncEvents(taskID id: String, _ request: CreateSyncEventsRequest) async throws {
        let body = try JSONEncoder().encode(request)
        let _: EmptyAnswer = try await call(
            "sync-objects", taskID: id, method: "POST", path: Endpoint.syncEventsPath(projectID: configuration.projectID, taskID: id),
            body: Array(body))
    }

    /// The task's synchronization URL: where its source side POSTs the names of changed objects.
    public func syncEventsURL(taskID id: String) -> String {
        configuration.endpoint.syncEventsURL(projectID: configuration.projectID, taskID: id)
    }

    /// Deletes a stopped task.
    public func deleteTask(_ id: String) async throws {
        let _: EmptyAnswer = try await call("delete", taskID: id, method: "DELETE", path: taskPath(id))
    }

    /// Sends one operation and decodes its answer, or throws the matching `OMSError`.
    func call<Answer: Decodable>(
        _ operation: String, taskID: String? = nil, method: String, path: String,
        query: [(name: String, value: String)] = [], body: [UInt8]? = nil
    ) async throws -> Answer {
        let exchange = try await transport.send(method: method, path: path, query: query, body: body)
        let context = ServiceFailure.Operation(
            name: operation, taskID: taskID, region: configuration.region,
            credentials: configuration.credentials.description)
        return try ResponseDecoder.decode(Answer.self, from: exchange, operation: context)
    }
}

/// The answer of an operation that returns no body worth reading (start, stop, delete).
struct EmptyAnswer: Decodable {}
