/// Values given on the command line, which win over the config file and the environment.
public struct ConfigOverrides: Sendable {
    public var configPath: String?
    public var profile: String?
    public var region: String?
    public var projectID: String?
    public var endpoint: String?
    public var refreshSeconds: Double?

    public init(
        configPath: String? = nil, profile: String? = nil, region: String? = nil, projectID: String? = nil,
        endpoint: String? = nil, refreshSeconds: Double? = nil
    ) {
        self.configPath = configPath
        self.profile = profile
        self.region = region
        self.projectID = projectID
        self.endpoint = endpoint
        self.refreshSeconds = refreshSeconds
    }
}
