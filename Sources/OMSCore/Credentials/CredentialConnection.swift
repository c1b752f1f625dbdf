/// How credential sources reach IAM and the metadata service: timeouts, the User-Agent and the
/// profile's proxy and CAs (the metadata service is always reached directly).
public struct CredentialConnection: Sendable {
    public var connectTimeout: Double
    public var requestTimeout: Double
    public var userAgent: String
    public var network: NetworkSettings

    public init(
        connectTimeout: Double = 5, requestTimeout: Double = 30, userAgent: String = OMSDashVersion.userAgent(),
        network: NetworkSettings = NetworkSettings()
    ) {
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.userAgent = userAgent
        self.network = network
    }

    /// Sends one request to `endpoint`, signed by `credentials` when given, never retried (IAM's
    /// POSTs issue keys), and gives the transport back.
    func exchange(
        _ endpoint: Endpoint, method: String, path: String, body: [UInt8]?, headers: [(name: String, value: String)] = [],
        credentials: CredentialHandle? = nil, direct: Bool = false
    ) async throws -> HTTPExchange {
        let transport = HTTPTransport(
            endpoint: endpoint, credentials: credentials, signing: .apiGateway(projectID: nil), retry: .never,
            connectTimeout: direct ? min(connectTimeout, 3) : connectTimeout, requestTimeout: requestTimeout,
            userAgent: userAgent, network: direct ? NetworkSettings() : network)
        return try await transport.closing { try await $0.send(method: method, path: path, body: body, headers: headers) }
    }
}
