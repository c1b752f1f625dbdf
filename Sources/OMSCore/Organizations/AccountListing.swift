import OMSWords

/// Lists an organization's accounts as the SDK's `ShowOrganization` and `ListAccounts` do:
/// `GET /v1/organizations` for the management account, then `GET /v1/organizations/accounts`
/// page by page (`limit`, `marker`) until `next_marker` is null. Signed with the source credential.
struct AccountListing: Sendable {
    let endpoint: Endpoint
    let credentials: CredentialHandle
    let connection: CredentialConnection
    /// Accounts asked for per page.
    var pageSize = 200

    /// More pages than this means the marker goes round in circles.
    static let maximumPages = 1_000

    func fetch() async throws -> OrganizationMembers {
        let transport = HTTPTransport(
            endpoint: endpoint, credentials: credentials, signing: .apiGateway(projectID: nil), retry: RetryPolicy(),
            connectTimeout: connection.connectTimeout, requestTimeout: connection.requestTimeout,
            userAgent: connection.userAgent, network: connection.network)
        return try await transport.closing(fetch(with:))
    }

    private func fetch(with transport: HTTPTransport) async throws -> OrganizationMembers {
        let show = ServiceFailure.Operation(name: "ShowOrganization", credentials: credentials.description)
        let organization = try ResponseDecoder.decode(
            OrganizationAnswer.self, from: try await transport.send(method: "GET", path: "/v1/organizations"), operation: show
        ).organization
        let list = ServiceFailure.Operation(name: "ListAccounts", credentials: credentials.description)
        var accounts: [OrganizationAccount] = []
        var marker: String?
        for _ in 0..<Self.maximumPages {
            var query = [(name: "limit", value: String(pageSize))]
            if let marker { query.append((name: "marker", value: marker)) }
            let page = try ResponseDecoder.decode(
                AccountPage.self, from: try await transport.send(method: "GET", path: "/v1/organizations/accounts", query: query),
                operation: list)
            accounts += page.accounts
            guard let next = page.pageInfo?.nextMarker, !next.isEmpty, next != marker else {
                return OrganizationMembers(
                    managementID: organization.managementAccountID,
                    managementName: organization.managementAccountName ?? organization.managementAccountID, accounts: accounts)
            }
            marker = next
        }
        throw OMSError.invalidArgument(Wording(.failureAccountPaging, ["pages": String(Self.maximumPages)]))
    }
}
