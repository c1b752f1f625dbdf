/// One account and region to watch, resolved: endpoint, credentials and (maybe) project id.
public struct Profile: Sendable, Hashable {
    public var name: String
    public var region: String
    public var endpoint: Endpoint
    /// Where to discover the project id when `projectID` is nil; nil when the project id is given
    /// and the region was read from an endpoint's host that names none.
    public var iamEndpoint: Endpoint?
    /// Where the tasks' destination buckets are read (their failed-object lists); nil for OBS's
    /// own endpoint of the destination region.
    public var obsEndpoint: Endpoint?
    public var projectID: String?
    /// The credential it signs with, shared with every profile of the same source.
    public var credentials: CredentialHandle
    /// The proxy and extra trusted CAs for both endpoints.
    public var network: NetworkSettings
    /// The member account and organization of a profile an organization's listing made.
    public var account: String?
    public var organization: String?

    public init(
        name: String, region: String, endpoint: Endpoint, iamEndpoint: Endpoint?, obsEndpoint: Endpoint? = nil,
        projectID: String?,
        credentials: CredentialHandle, network: NetworkSettings = NetworkSettings(), account: String? = nil,
        organization: String? = nil
    ) {
        self.account = account
        self.organization = organization
        self.name = name
        self.region = region
        self.endpoint = endpoint
        self.iamEndpoint = iamEndpoint
        self.obsEndpoint = obsEndpoint
        self.projectID = projectID
        self.credentials = credentials
        self.network = network
    }
}
