import OMSWords
import Synchronization

/// The organizations of the config and what their last listings found. Turns a listing into
/// profiles with the factory the config was read with, so that every member shares the one source
/// credential, and each account's regions share one agency key. Keeps each organization's last
/// roster, so that a failed listing leaves the profiles as they were.
public final class OrganizationDirectory: Sendable {
    public let organizations: [Organization]
    private let factory: ProfileFactory?
    /// The names of the profiles written in the config, which members' profiles must not take.
    private let written: Set<String>
    private let rosters = Mutex<[String: OrganizationRoster]>([:])

    init(organizations: [Organization], factory: ProfileFactory?, written: Set<String>) {
        self.organizations = organizations
        self.factory = factory
        self.written = written
    }

    /// A directory of no organization.
    public convenience init() { self.init(organizations: [], factory: nil, written: []) }

    /// Lists `organization` now and makes its roster, kept as its latest.
    public func list(_ organization: Organization) async throws -> OrganizationRoster {
        let roster = self.roster(of: organization, members: try await organization.list())
        rosters.withLock { $0[organization.name] = roster }
        return roster
    }

    /// The latest roster of each organization listed at least once.
    public var latest: [String: OrganizationRoster] { rosters.withLock { $0 } }

    /// The profiles a listing makes: one per watched active account and region, named
    /// "ACCOUNT/REGION" (after "ORG/" when there are several organizations).
    func roster(of organization: Organization, members: OrganizationMembers) -> OrganizationRoster {
        var profiles: [Profile] = []
        var inactive: [OrganizationAccount] = []
        var skipped: [Wording] = []
        let prefix = organizations.count > 1 ? organization.name + "/" : ""
        for account in members.accounts where account.id != members.managementID && organization.watches(account) {
            guard account.isActive else {
                inactive.append(account)
                continue
            }
            let (made, why) = memberProfiles(of: account, in: organization, prefix: prefix, management: members.managementName)
            profiles += made
            if let why { skipped.append(why) }
        }
        return OrganizationRoster(
            organization: organization.name, profiles: profiles, inactive: inactive, skipped: skipped, management: members.managementName)
    }

    /// One profile per region of `account`; none, and why, when the account is left out.
    private func memberProfiles(of account: OrganizationAccount, in organization: Organization, prefix: String, management: String)
        -> ([Profile], Wording?)
    {
        var made: [Profile] = []
        for region in organization.regions {
            var entry = organization.template
            entry.name = prefix + account.name + "/" + region
            entry.region = region
            entry.account = account.name
            entry.organization = organization.name
            entry.agency = ConfigFile.AgencyEntry(
                name: organization.agency, domainName: account.name, durationSeconds: organization.template.agency?.durationSeconds,
                trustedAccount: management)
            guard !written.contains(entry.name) else {
                return ([], Wording(.organizationNameTaken, ["account": account.name, "name": entry.name]))
            }
            do {
                made.append(try factory!.profile(entry.withRegionInEndpoints()))
            } catch {
                return ([], Wording(.organizationAccountUnusable, ["account": account.name], parts: ["reason": error.wording]))
            }
        }
        return (made, nil)
    }
}
