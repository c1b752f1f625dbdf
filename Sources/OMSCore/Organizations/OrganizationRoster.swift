import OMSWords

/// What an organization's accounts make: a profile per watched active account and region, the
/// accounts that are not active (listed by `omsdash profiles` with their status), and the
/// accounts left out because their profile could not be made (its name taken by another).
public struct OrganizationRoster: Sendable {
    public var organization: String
    public var profiles: [Profile]
    public var inactive: [OrganizationAccount]
    /// Accounts left out, each with why.
    public var skipped: [Wording]
    /// The management account, which the member agencies trust.
    public var management: String

    public init(organization: String, profiles: [Profile], inactive: [OrganizationAccount], skipped: [Wording], management: String) {
        self.organization = organization
        self.profiles = profiles
        self.inactive = inactive
        self.skipped = skipped
        self.management = management
    }

    /// The roster with only the profiles `watches` takes, by name.
    public func keeping(_ watches: (String) -> Bool) -> OrganizationRoster {
        var kept = self
        kept.profiles.removeAll { !watches($0.name) }
        return kept
    }

    /// The distinct accounts of its profiles.
    public var accountCount: Int { Set(profiles.compactMap(\.account)).count }
}
