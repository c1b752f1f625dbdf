import FoundationEssentials

/// A member account as Organizations' `ListAccounts` gives it: its id (the domain id), name (the
/// domain name) and status (`active`, `suspended`, `pending_closure`; spelt in either case by
/// different versions).
public struct OrganizationAccount: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var status: String

    public init(id: String, name: String, status: String) {
        self.id = id
        self.name = name
        self.status = status
    }

    /// Whether the account is active: only active accounts become profiles.
    public var isActive: Bool { status.lowercased() == "active" }
}

/// One page of `GET /v1/organizations/accounts`: its accounts and the marker of the next page
/// (null on the last).
struct AccountPage: Decodable {
    struct PageInfo: Decodable {
        var nextMarker: String?
        enum CodingKeys: String, CodingKey { case nextMarker = "next_marker" }
    }

    var accounts: [OrganizationAccount]
    var pageInfo: PageInfo?

    enum CodingKeys: String, CodingKey {
        case accounts
        case pageInfo = "page_info"
    }
}

/// `GET /v1/organizations`: the management account's id and name.
struct OrganizationAnswer: Decodable {
    struct Body: Decodable {
        var managementAccountID: String
        var managementAccountName: String?
        enum CodingKeys: String, CodingKey {
            case managementAccountID = "management_account_id", managementAccountName = "management_account_name"
        }
    }

    var organization: Body
}
