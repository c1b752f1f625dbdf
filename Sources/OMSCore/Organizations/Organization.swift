/// An organization to watch, resolved from the config: where and with what its accounts are
/// listed, which of them to watch, in which regions, through which agency, and how often the
/// accounts are listed again.
public struct Organization: Sendable {
    public var name: String
    /// The profile (or "defaults") whose credential lists the accounts and assumes the agencies.
    public var sourceProfile: String
    public var agency: String
    public var regions: [String]
    public var include: [AccountPattern]
    public var exclude: [AccountPattern]
    /// Seconds between listings.
    public var rediscoverSeconds: Double
    /// Where the accounts are listed.
    public var endpoint: Endpoint
    /// The listing's credential: the source profile's.
    public var credentials: CredentialHandle
    /// What every member's profile is made from: endpoints, proxy and CA file, agency duration.
    var template: ConfigFile.ProfileEntry
    var connection: CredentialConnection

    public static let defaultRediscoverMinutes = 60.0
    /// Listings are at least 15 s apart.
    public static let minimumRediscoverMinutes = 0.25

    /// Whether an account is one to watch: its name or id matches an `include` glob and no `exclude`.
    public func watches(_ account: OrganizationAccount) -> Bool {
        let matches = { (pattern: AccountPattern) in pattern.matches(account.name) || pattern.matches(account.id) }
        return include.contains(where: matches) && !exclude.contains(where: matches)
    }

    /// Lists the organization's accounts now.
    public func list() async throws -> OrganizationMembers {
        try await AccountListing(endpoint: endpoint, credentials: credentials, connection: connection).fetch()
    }
}
