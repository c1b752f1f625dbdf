/// Values given on the command line, which win over the config file and the environment.
public struct ConfigOverrides: Sendable {
    public var configPath: String?
    public var profile: String?
    /// Watch only this organization's accounts (`--org`).
    public var organization: String?
    public var region: String?
    public var projectID: String?
    public var endpoint: String?
    /// Where the destination buckets are read (`--obs-endpoint`).
    public var obsEndpoint: String?
    public var refreshSeconds: Double?
    /// The request budget per profile and minute (`--max-rpm`).
    public var requestsPerMinute: Int?
    /// A PEM file of CA certificates trusted besides the system's, for every profile (`--ca-file`).
    public var caFile: String?
    /// The face that reads the config (`dashboard`, `watch`, `exporter`), named in the User-Agent of
    /// its IAM, metadata and Organizations calls as in its OMS calls.
    public var face: String?

    public init(
        configPath: String? = nil, profile: String? = nil, region: String? = nil, projectID: String? = nil,
        endpoint: String? = nil, obsEndpoint: String? = nil, refreshSeconds: Double? = nil,
        requestsPerMinute: Int? = nil, caFile: String? = nil, organization: String? = nil, face: String? = nil
    ) {
        self.face = face
        self.organization = organization
        self.configPath = configPath
        self.profile = profile
        self.region = region
        self.projectID = projectID
        self.endpoint = endpoint
        self.obsEndpoint = obsEndpoint
        self.refreshSeconds = refreshSeconds
        self.requestsPerMinute = requestsPerMinute
        self.caFile = caFile
    }
}
