/// What one listing of an organization found: its management account and every account, in the
/// order listed.
public struct OrganizationMembers: Sendable, Hashable {
    public var managementID: String
    public var managementName: String
    public var accounts: [OrganizationAccount]

    public init(managementID: String, managementName: String, accounts: [OrganizationAccount]) {
        self.managementID = managementID
        self.managementName = managementName
        self.accounts = accounts
    }
}
