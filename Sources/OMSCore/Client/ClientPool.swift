import OMSWords
import Synchronization

/// The API clients of many profiles, each made when first needed: a profile without a project id
/// has it discovered through IAM then, and again on the next use while discovery fails. So one
/// profile that cannot be reached at start is one unhealthy profile, not a reason to stop the
/// others: its failure comes back as the answer to whatever asked for its client.
public final class ClientPool: Sendable {
    /// How clients are made: timeouts, retries and the User-Agent's face.
    public struct Options: Sendable {
        public var connectTimeout: Double
        public var requestTimeout: Double
        public var retry: RetryPolicy
        public var face: String?

        public init(connectTimeout: Double, requestTimeout: Double, retry: RetryPolicy, face: String?) {
            self.connectTimeout = connectTimeout
            self.requestTimeout = requestTimeout
            self.retry = retry
            self.face = face
        }
    }

    private let profiles: Mutex<[String: Profile]>
    private let options: Options
    private let made = Mutex<[String: OMSClient]>([:])
    /// Where a missing project id without an IAM endpoint is reported: the config's path.
    private let source: String

    public init(profiles: [Profile], options: Options, source: String) {
        self.profiles = Mutex(Dictionary(profiles.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
        self.options = options
        self.source = source
    }

    /// A pool of clients already made, by profile name.
    public init(clients: [String: OMSClient]) {
        profiles = Mutex([:])
        options = Options(connectTimeout: 5, requestTimeout: 30, retry: .never, face: nil)
        made.withLock { $0 = clients }
        source = "the settings"
    }

    /// The client of a profile, made (and its project discovered) if it is not yet.
    public func client(_ name: String) async throws -> OMSClient {
        if let client = made.withLock({ $0[name] }) { return client }
        guard let profile = profiles.withLock({ $0[name] }) else { throw OMSError.invalidArgument(Wording(.failureNoProfile, ["name": name])) }
        let client = try await Self.make(profile, options: options, source: source)
        let (kept, spare) = made.withLock { made -> (OMSClient, OMSClient?) in
            if let earlier = made[name] { return (earlier, client) }
            made[name] = client
            return (client, nil)
        }
        await spare?.shutdown()
        return kept
    }

    /// The profile of a name, as the pool makes its clients.
    public func profile(_ name: String) -> Profile? { profiles.withLock { $0[name] } }

    /// Makes the clients of the profiles `connects` takes (every one by default) at once; returns
    /// each one's project id, or why it could not be had yet.
    public func connectAll(where connects: (Profile) -> Bool = { _ in true }) async -> [String: Result<String, any Error>] {
        // One task each rather than a task group: a group of (String, Result) children crashed in
        // a release build when a hundred finished together.
        let names = profiles.withLock { $0.values.filter(connects).map(\.name) }
        let tasks = names.map { name in (name, Task { try await self.client(name).configuration.projectID }) }
        var ids: [String: Result<String, any Error>] = [:]
        for (name, task) in tasks { ids[name] = await task.result }
        return ids
    }

    /// Adds profiles whose clients are made when first needed (an organization's new accounts).
    public func add(_ added: [Profile]) {
        profiles.withLock { profiles in
            for profile in added { profiles[profile.name] = profile }
        }
    }

    /// Removes profiles and shuts their clients down (an organization's accounts that left).
    public func remove(_ names: [String]) async {
        let clients = made.withLock { made in names.compactMap { made.removeValue(forKey: $0) } }
        profiles.withLock { profiles in
            for name in names { profiles[name] = nil }
        }
        for client in clients { await client.shutdown() }
    }

    /// Requests sent so far over every client, retries included.
    public var requestCount: Int { made.withLock { $0.values.map(\.requestCount).reduce(0, +) } }

    /// Shuts every client made down.
    public func shutdown() async {
        let clients = made.withLock { made in
            defer { made = [:] }
            return Array(made.values)
        }
        for client in clients { await client.shutdown() }
    }

    /// A client for `profile`, its project discovered through IAM when the profile does not name one.
    public static func make(_ profile: Profile, options: Options, source: String) async throws -> OMSClient {
        let projectID: String
        if let known = profile.projectID {
            projectID = known
        } else if let iamEndpoint = profile.iamEndpoint {
            projectID = try await ProjectDiscovery.projectID(
                region: profile.region, iamEndpoint: iamEndpoint, credentials: profile.credentials,
                timeout: options.requestTimeout, network: profile.network, userAgent: OMSDashVersion.userAgent(face: options.face))
        } else {
            throw ConfigurationError.invalidValue(
                path: source, field: "profiles[\(profile.name)].project_id",
                reason: Wording(.reasonNoProject))
        }
        return OMSClient(configuration: OMSClientConfiguration(
            endpoint: profile.endpoint, region: profile.region, projectID: projectID,
            credentials: profile.credentials, connectTimeout: options.connectTimeout,
            requestTimeout: options.requestTimeout, retry: options.retry,
            userAgent: OMSDashVersion.userAgent(face: options.face), network: profile.network))
    }
}
