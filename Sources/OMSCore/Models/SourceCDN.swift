/// The CDN a task reads source objects from, as the API returns it (`source_cdn`).
public struct SourceCDN: Codable, Hashable, Sendable {
    public var domain: String?
    public var `protocol`: String?
    public var authenticationType: CDNAuthenticationType?

    public init(domain: String? = nil, protocol: String? = nil, authenticationType: CDNAuthenticationType? = nil) {
        self.domain = domain
        self.protocol = `protocol`
        self.authenticationType = authenticationType
    }

    enum CodingKeys: String, CodingKey {
        case domain, `protocol`
        case authenticationType = "authentication_type"
    }
}

/// The CDN settings of a create request (`source_cdn`), with its authentication key kept secret.
public struct SourceCDNRequest: Codable, Hashable, Sendable {
    public var domain: String
    public var `protocol`: String
    public var authenticationType: CDNAuthenticationType
    public var authenticationKey: Secret?

    public init(
        domain: String, protocol: String, authenticationType: CDNAuthenticationType = .none,
        authenticationKey: Secret? = nil
    ) {
        self.domain = domain
        self.protocol = `protocol`
        self.authenticationType = authenticationType
        self.authenticationKey = authenticationKey
    }

    enum CodingKeys: String, CodingKey {
        case domain, `protocol`
        case authenticationType = "authentication_type"
        case authenticationKey = "authentication_key"
    }
}
