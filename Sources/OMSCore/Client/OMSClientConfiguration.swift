/// Everything an `OMSClient` needs to reach one project of one region.
public struct OMSClientConfiguration: Sendable {
    public var endpoint: Endpoint
    /// The region id, for messages (statistics are offered in some regions only).
    public var region: String
    public var projectID: String
    /// The credential that signs every request.
    public var credentials: CredentialHandle
    /// Seconds to wait for a connection.
    public var connectTimeout: Double
    /// Seconds to wait for a whole answer.
    public var requestTimeout: Double
    public var retry: RetryPolicy
    /// How many list pages are fetched at once after the first.
    public var pageConcurrency: Int
    public var userAgent: String
    /// The proxy and extra trusted CAs.
    public var network: NetworkSettings

    public init(
        endpoint: Endpoint, region: String, projectID: String, credentials: CredentialHandle,
        connectTimeout: Double = 5, requestTimeout: Double = 30, retry: RetryPolicy = RetryPolicy(),
        pageConcurrency: Int = 50, userAgent: String = OMSDashVersion.userAgent(),
        network: NetworkSettings = NetworkSettings()
    ) {
        self.endpoint = endpoint
        self.region = region
        self.projectID = projectID
        self.credentials = credentials
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.retry = retry
        self.pageConcurrency = max(1, pageConcurrency)
        self.userAgent = userAgent
        self.network = network
    }
}

/// The version of omsdash, sent in the User-Agent and printed by `--version`.
public enum OMSDashVersion {
    /// The version of the top entry of `packaging/changelog`, the one place a release names it.
    public static let current = BuildVersion.number

    /// The User-Agent: "omsdash/0.1.0", followed by the face sending, as in "omsdash/0.1.0 (exporter)",
    /// so that access logs tell a team's exporter from a person's dashboard.
    public static func userAgent(face: String? = nil) -> String {
        "omsdash/\(current)" + (face.map { " (\($0))" } ?? "")
    }
}
