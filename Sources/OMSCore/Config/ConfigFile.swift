/// The config file as written: `refresh_seconds`, `max_requests_per_minute`,
/// `background_refresh_seconds`, `max_requests_per_minute_total`, `timeouts`, `profiles`, `organizations`,
/// `task_credentials`, `alerts`, `mouse`, `keys`, `theme` and `colors`.
///
/// Keys that start with "_" are comments and ignored; any other unknown key is an error, so that
/// a misspelt field is reported instead of silently doing nothing.
public struct ConfigFile: Decodable, Sendable {
    public var refreshSeconds: Double?
    public var maxRequestsPerMinute: Int?
    public var backgroundRefreshSeconds: Double?
    public var maxRequestsPerMinuteTotal: Int?
    public var timeouts: Timeouts?
    public var profiles: [ProfileEntry]
    /// Organizations whose member accounts become profiles, one per account and region.
    public var organizations: [OrganizationEntry]
    /// Fields every profile takes unless it sets them.
    public var defaults: ProfileEntry?
    public var taskCredentials: [String: TaskCredentialEntry]
    public var alerts: AlertSettings
    /// Whether the dashboard takes clicks and the wheel (default true).
    public var mouse: Bool?
    /// The dashboard's keys, theme and colours.
    public var screen: ScreenPreferences

    /// Connect and request timeouts, in seconds.
    public struct Timeouts: Decodable, Sendable {
        public var connectSeconds: Double?
        public var requestSeconds: Double?

        public init(from decoder: any Decoder) throws {
            let c = try StrictKeys.container(decoder, known: ["connect_seconds", "request_seconds"])
            connectSeconds = try c.decodeIfPresent(Double.self, forKey: "connect_seconds")
            requestSeconds = try c.decodeIfPresent(Double.self, forKey: "request_seconds")
        }
    }

    /// One account and region to watch.
    public struct ProfileEntry: Decodable, Sendable {
        public var name: String
        public var region: String?
        public var projectID: String?
        public var endpoint: String?
        public var iamEndpoint: String?
        /// Where the destination buckets' object lists are read; OBS's regional endpoint unless given.
        public var obsEndpoint: String?
        public var ak: SecretReference?
        public var sk: SecretReference?
        public var securityToken: SecretReference?
        public var authToken: SecretReference?
        /// The proxy for both endpoints, over `HTTPS_PROXY` and `HTTP_PROXY`.
        public var proxy: ProxyEntry?
        /// Hosts reached without the proxy, over `NO_PROXY`.
        public var noProxy: String?
        /// A PEM file of CA certificates trusted besides the system's.
        public var caFile: String?
        /// Several regions of one account: one profile each, named "NAME/REGION".
        public var regions: [String]?
        /// Where the key comes from: `keys`, `file`, `ecs`, `oidc` or `chain`.
        public var credentials: String?
        /// An IAM agency to assume with the credential of `source_profile`.
        public var agency: AgencyEntry?
        /// The profile (or "defaults") whose credential assumes `agency`.
        public var sourceProfile: String?
        /// The ECS metadata service, for tests and unusual networks.
        public var metadataEndpoint: String?
        /// The identity provider and ID token file of a CCE workload identity.
        public var idpID: String?
        public var idTokenFile: String?
        /// The member account and organization of a profile an organization's listing made; nil
        /// for a profile written in the file.
        var account: String?
        var organization: String?

        public init(from decoder: any Decoder) throws {
            let c = try StrictKeys.container(decoder, known: [
                "name", "region", "regions", "project_id", "endpoint", "iam_endpoint", "obs_endpoint", "ak", "sk", "security_token",
                "auth_token", "proxy", "no_proxy", "ca_file", "credentials", "agency", "source_profile",
                "metadata_endpoint", "idp_id", "id_token_file",
            ])
            name = try c.decodeIfPresent(String.self, forKey: "name") ?? "default"
            regions = try c.decodeIfPresent([String].self, forKey: "regions")
            region = try c.decodeIfPresent(String.self, forKey: "region")
            projectID = try c.decodeIfPresent(String.self, forKey: "project_id")
            endpoint = try c.decodeIfPresent(String.self, forKey: "endpoint")
            iamEndpoint = try c.decodeIfPresent(String.self, forKey: "iam_endpoint")
            obsEndpoint = try c.decodeIfPresent(String.self, forKey: "obs_endpoint")
            ak = try c.decodeIfPresent(SecretReference.self, forKey: "ak")
            sk = try c.decodeIfPresent(SecretReference.self, forKey: "sk")
            securityToken = try c.decodeIfPresent(SecretReference.self, forKey: "security_token")
            authToken = try c.decodeIfPresent(SecretReference.self, forKey: "auth_token")
            proxy = try c.decodeIfPresent(ProxyEntry.self, forKey: "proxy")
            noProxy = try c.decodeIfPresent(String.self, forKey: "no_proxy")
            caFile = try c.decodeIfPresent(String.self, forKey: "ca_file")
            credentials = try c.decodeIfPresent(String.self, forKey: "credentials")
            agency = try c.decodeIfPresent(AgencyEntry.self, forKey: "agency")
            sourceProfile = try c.decodeIfPresent(String.self, forKey: "source_profile")
            metadataEndpoint = try c.decodeIfPresent(String.self, forKey: "metadata_endpoint")
            idpID = try c.decodeIfPresent(String.self, forKey: "idp_id")
            idTokenFile = try c.decodeIfPresent(String.self, forKey: "id_token_file")
        }

        /// A profile of this name with nothing else set.
        public init(name: String) { self.name = name }

        /// Whether any secret of the profile is written in the file rather than referenced.
        var holdsLiteralSecret: Bool {
            [sk, securityToken, authToken].contains { $0?.isLiteral == true } || proxy?.holdsLiteralPassword == true
        }
    }

    /// An IAM agency as written: `name`, `domain_name` or `domain_id`, and `duration_seconds`.
    public struct AgencyEntry: Decodable, Sendable {
        public var name: String?
        public var domainName: String?
        public var domainID: String?
        public var durationSeconds: Int?
        /// The management account a member's agency trusts, when an organization's listing made it.
        var trustedAccount: String?

        /// An agency in the account `domainName`, as an organization's listing writes it.
        init(name: String, domainName: String, durationSeconds: Int?, trustedAccount: String?) {
            self.name = name
            self.domainName = domainName
            self.durationSeconds = durationSeconds
            self.trustedAccount = trustedAccount
        }

        public init(from decoder: any Decoder) throws {
            let c = try StrictKeys.container(decoder, known: ["name", "domain_name", "domain_id", "duration_seconds"])
            name = try c.decodeIfPresent(String.self, forKey: "name")
            domainName = try c.decodeIfPresent(String.self, forKey: "domain_name")
            domainID = try c.decodeIfPresent(String.self, forKey: "domain_id")
            durationSeconds = try c.decodeIfPresent(Int.self, forKey: "duration_seconds")
        }
    }

    /// A profile's proxy: a URL, `"http://proxy.example.com:3128"`, or an object with the URL and a
    /// user and password, either of which may be `"env:NAME"`.
    public struct ProxyEntry: Decodable, Sendable {
        public var url: String
        public var user: SecretReference?
        public var password: SecretReference?

        public init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                url = text
                return
            }
            let c = try StrictKeys.container(decoder, known: ["url", "user", "password"])
            url = try c.decode(String.self, forKey: "url")
            user = try c.decodeIfPresent(SecretReference.self, forKey: "user")
            password = try c.decodeIfPresent(SecretReference.self, forKey: "password")
        }

        /// Whether a password is written in the file, in the URL or beside it.
        var holdsLiteralPassword: Bool {
            password?.isLiteral == true || (try? ProxyServer(parsing: url, source: "proxy"))?.password != nil
        }

        /// The proxy, with its user and password read from the environment where referenced.
        func resolve(in environment: [String: String], field: String) throws(ConfigurationError) -> ProxyServer {
            var server = try ProxyServer(parsing: url, source: field)
            if let user { server.user = try user.resolve(in: environment, field: field + ".user").reveal() }
            if let password { server.password = try password.resolve(in: environment, field: field + ".password") }
            return server
        }
    }

    /// The keys to start one task (or, under "*", any task).
    public struct TaskCredentialEntry: Decodable, Sendable {
        public var srcAK: SecretReference
        public var srcSK: SecretReference
        public var dstAK: SecretReference
        public var dstSK: SecretReference

        public init(from decoder: any Decoder) throws {
            let c = try StrictKeys.container(decoder, known: ["src_ak", "src_sk", "dst_ak", "dst_sk"])
            srcAK = try c.decode(SecretReference.self, forKey: "src_ak")
            srcSK = try c.decode(SecretReference.self, forKey: "src_sk")
            dstAK = try c.decode(SecretReference.self, forKey: "dst_ak")
            dstSK = try c.decode(SecretReference.self, forKey: "dst_sk")
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try StrictKeys.container(decoder, known: [
            "refresh_seconds", "max_requests_per_minute", "background_refresh_seconds", "max_requests_per_minute_total",
            "timeouts", "profiles", "organizations", "defaults", "task_credentials", "alerts", "mouse",
            "keys", "theme", "colors", "language",
        ])
        refreshSeconds = try c.decodeIfPresent(Double.self, forKey: "refresh_seconds")
        maxRequestsPerMinute = try c.decodeIfPresent(Int.self, forKey: "max_requests_per_minute")
        backgroundRefreshSeconds = try c.decodeIfPresent(Double.self, forKey: "background_refresh_seconds")
        maxRequestsPerMinuteTotal = try c.decodeIfPresent(Int.self, forKey: "max_requests_per_minute_total")
        timeouts = try c.decodeIfPresent(Timeouts.self, forKey: "timeouts")
        profiles = try c.decodeIfPresent([ProfileEntry].self, forKey: "profiles") ?? []
        organizations = try c.decodeIfPresent([OrganizationEntry].self, forKey: "organizations") ?? []
        defaults = try c.decodeIfPresent(ProfileEntry.self, forKey: "defaults")
        taskCredentials = try c.decodeIfPresent([String: TaskCredentialEntry].self, forKey: "task_credentials") ?? [:]
        alerts = try c.decodeIfPresent(AlertSettings.self, forKey: "alerts") ?? AlertSettings()
        mouse = try c.decodeIfPresent(Bool.self, forKey: "mouse")
        screen = ScreenPreferences(
            keys: try c.decodeIfPresent([String: KeyNames].self, forKey: "keys")?.withoutComments.mapValues(\.names) ?? [:],
            theme: try c.decodeIfPresent(String.self, forKey: "theme"),
            colors: try c.decodeIfPresent([String: ColorValue].self, forKey: "colors")?.withoutComments.mapValues(\.text) ?? [:],
            language: try c.decodeIfPresent(String.self, forKey: "language"))
    }

    /// Whether the file itself holds a secret (not an "env:" reference).
    public var holdsLiteralSecret: Bool {
        (profiles + (defaults.map { [$0] } ?? [])).contains(where: \.holdsLiteralSecret)
            || taskCredentials.values.contains { $0.srcSK.isLiteral || $0.dstSK.isLiteral }
    }
}
