extension ConfigFile {
    /// An organization as written: its member accounts, listed through Organizations with the
    /// credential of `source_profile`, each become one profile per region by assuming `agency`.
    public struct OrganizationEntry: Decodable, Sendable {
        public var name: String
        public var sourceProfile: String?
        public var agency: String?
        public var regions: [String]
        /// Account names (or ids) to watch, and to leave out, as globs: `*`, `?` and `[…]`.
        public var include: [String]
        public var exclude: [String]
        public var rediscoverMinutes: Double?
        public var durationSeconds: Int?
        /// Where the accounts are listed; Organizations' global endpoint unless given.
        public var organizationsEndpoint: String?
        /// The OMS and IAM endpoints of the members' profiles; `{region}` stands for the region.
        public var endpoint: String?
        public var iamEndpoint: String?
        /// The OBS endpoint of the members' profiles, where their tasks' object lists are read.
        public var obsEndpoint: String?

        public init(from decoder: any Decoder) throws {
            let c = try StrictKeys.container(decoder, known: [
                "name", "source_profile", "agency", "regions", "include", "exclude", "rediscover_minutes",
                "duration_seconds", "organizations_endpoint", "endpoint", "iam_endpoint", "obs_endpoint",
            ])
            name = try c.decodeIfPresent(String.self, forKey: "name") ?? ""
            sourceProfile = try c.decodeIfPresent(String.self, forKey: "source_profile")
            agency = try c.decodeIfPresent(String.self, forKey: "agency")
            regions = try c.decodeIfPresent([String].self, forKey: "regions") ?? []
            include = try c.decodeIfPresent([String].self, forKey: "include") ?? ["*"]
            exclude = try c.decodeIfPresent([String].self, forKey: "exclude") ?? []
            rediscoverMinutes = try c.decodeIfPresent(Double.self, forKey: "rediscover_minutes")
            durationSeconds = try c.decodeIfPresent(Int.self, forKey: "duration_seconds")
            organizationsEndpoint = try c.decodeIfPresent(String.self, forKey: "organizations_endpoint")
            endpoint = try c.decodeIfPresent(String.self, forKey: "endpoint")
            iamEndpoint = try c.decodeIfPresent(String.self, forKey: "iam_endpoint")
            obsEndpoint = try c.decodeIfPresent(String.self, forKey: "obs_endpoint")
        }
    }
}
