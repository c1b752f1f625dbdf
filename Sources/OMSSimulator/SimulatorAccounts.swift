import OMSCore

/// The simulator's tenants as accounts: each has a domain name (`tenant-0000`, `tenant-0001`, …),
/// a domain id and its project; every account but the first holds an agency (`--agency`) that
/// trusts the first, so one management key reaches them all through agencies.
public struct SimulatorAccounts: Sendable {
    /// How many accounts there are, the first (the identity's) included.
    public var count: Int
    /// The name of the agency every member account holds.
    public var agencyName: String
    /// The identity provider a CCE workload identity names in `X-Idp-Id`.
    public var identityProvider: String
    /// How long temporary keys live, in seconds.
    public var credentialLifetimeSeconds: Int
    /// When the first account's permanent key is refused: from `revokedAfterSeconds` after the
    /// start, for `revokedForSeconds`.
    public var revokedAfterSeconds: Double?
    public var revokedForSeconds: Double
    /// The accounts as an organization: members, their status, agencies and runtime changes.
    public var organization: SimulatorOrganization

    public static let defaultAgency = "omsdash"
    public static let defaultIdentityProvider = "omsdash-cce"

    public init(
        count: Int = 1, agencyName: String = Self.defaultAgency, identityProvider: String = Self.defaultIdentityProvider,
        credentialLifetimeSeconds: Int = 900, revokedAfterSeconds: Double? = nil, revokedForSeconds: Double = 60,
        organization: SimulatorOrganization = SimulatorOrganization()
    ) {
        self.organization = organization
        self.count = count
        self.agencyName = agencyName
        self.identityProvider = identityProvider
        self.credentialLifetimeSeconds = credentialLifetimeSeconds
        self.revokedAfterSeconds = revokedAfterSeconds
        self.revokedForSeconds = revokedForSeconds
    }

    /// The domain name of account `index`.
    public static func domainName(_ index: Int) -> String {
        let digits = String(index)
        return "tenant-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The domain id of account `index`: 28 fixed hex digits, then the index in 4.
    public static func domainID(_ index: Int) -> String {
        let hex = String(index, radix: 16)
        return "d0a1b2c3e4f5061728394a5b6c7d" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The account a domain name or id names, if any.
    func account(named name: String?, id: String?) -> Int? {
        (0..<count).first { (name != nil && Self.domainName($0) == name) || (id != nil && Self.domainID($0) == id) }
    }
}
