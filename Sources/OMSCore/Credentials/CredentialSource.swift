/// Where a profile's key comes from, resolved from the config: fixed keys, the SDK's credentials
/// file, the ECS metadata, a CCE workload identity, an IAM agency assumed with another source, or
/// the link of the SDK's chain that answered. Profiles with equal sources share one credential.
public indirect enum CredentialSource: Sendable, Hashable {
    /// AK/SK (with a security token, a temporary key that cannot be renewed) or an IAM token.
    case keys(Credentials)
    /// The `[basic]` keys of the SDK's credentials file.
    case file(path: String, Credentials)
    /// The temporary keys of the ECS's agency, from its metadata service.
    case ecs(metadata: Endpoint)
    /// A CCE workload identity: the pod's ID token exchanged with IAM for temporary keys.
    case oidc(idpID: String, tokenFile: String, iam: Endpoint)
    /// Temporary keys in another account, by assuming its agency with the credential of `via`.
    case agency(Agency, via: String, source: CredentialSource, iam: Endpoint)
    /// The link of the SDK's chain that answered: env, file or ecs.
    case chain(link: String, CredentialSource)

    /// How `omsdash profiles` names it: `keys`, `file`, `ecs`, `oidc`, `chain → env`, or
    /// `agency NAME in DOMAIN via SOURCE`.
    public var label: String {
        switch self {
        case .keys: "keys"
        case .file: "file"
        case .ecs: "ecs"
        case .oidc: "oidc"
        case .agency(let agency, let via, _, _): "agency \(agency.name) in \(agency.domain.label) via \(via)"
        case .chain(let link, _): "chain → \(link)"
        }
    }

    /// Whether its keys are temporary and renewed by omsdash.
    public var renews: Bool {
        switch self {
        case .keys, .file: false
        case .ecs, .oidc, .agency: true
        case .chain(_, let link): link.renews
        }
    }

    /// The fixed key of a source that does not renew.
    var fixedKey: Credentials? {
        switch self {
        case .keys(let key), .file(_, let key): key
        case .chain(_, let link): link.fixedKey
        case .ecs, .oidc, .agency: nil
        }
    }
}

/// An IAM agency to assume: its name, the account (domain) it is in, and how long its keys live.
public struct Agency: Sendable, Hashable {
    /// The account that holds the agency, by name or by id.
    public enum Domain: Sendable, Hashable {
        case name(String)
        case id(String)

        /// The name or id, as written.
        public var label: String {
            switch self {
            case .name(let name): name
            case .id(let id): id
            }
        }
    }

    public var name: String
    public var domain: Domain
    public var durationSeconds: Int
    /// The organization's management account the agency should trust, when an organization's
    /// listing made it: a refusal then names the fix in both accounts.
    public var trustedAccount: String?

    /// IAM's bounds on `duration_seconds`, and the default.
    public static let durations = 900...86_400
    public static let defaultDurationSeconds = 3_600

    public init(name: String, domain: Domain, durationSeconds: Int = Self.defaultDurationSeconds, trustedAccount: String? = nil) {
        self.name = name
        self.domain = domain
        self.durationSeconds = durationSeconds
        self.trustedAccount = trustedAccount
    }
}
