import OMSCore

/// Organizations' `ShowOrganization` and `ListAccounts`, as the simulator serves them for the
/// organization its accounts make (`SimulatorOrganization`): callable by the management account only.
extension SimulatorService {
    /// The answer to an Organizations request; nil when the path is none of theirs.
    func respondAsOrganizations(_ request: SimulatorRequest, nowSeconds: Int64) throws(SimulatorError) -> SimulatorResponse? {
        guard request.method == "GET", request.path == "/v1/organizations" || request.path == "/v1/organizations/accounts" else {
            return nil
        }
        let caller = try authenticator.caller(for: request, nowSeconds: nowSeconds)
        guard caller == nil || caller == 0 else {
            throw SimulatorError(status: 403, code: "Organizations.1003", message: "Only the management account can call this API.")
        }
        let management = SimulatorAccounts.domainID(0)
        if request.path == "/v1/organizations" {
            return SimulatorResponse(status: 200, body: Self.json(["organization": [
                "id": SimulatorOrganization.id, "urn": "organizations::\(management):organization:\(SimulatorOrganization.id)",
                "management_account_id": management, "management_account_name": SimulatorAccounts.domainName(0),
                "created_at": "2026-01-05T08:00:00Z",
            ]]))
        }
        return try listAccounts(request, nowSeconds: nowSeconds)
    }

    private struct AccountBody: Encodable {
        var id, urn, name, status, joinMethod, joinedAt: String
        enum CodingKeys: String, CodingKey {
            case id, urn, name, status
            case joinMethod = "join_method", joinedAt = "joined_at"
        }
    }

    private struct PageBody: Encodable {
        struct PageInfo: Encodable {
            var nextMarker: String?
            var currentCount: Int
            enum CodingKeys: String, CodingKey {
                case nextMarker = "next_marker", currentCount = "current_count"
            }

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(nextMarker, forKey: .nextMarker)
                try c.encode(currentCount, forKey: .currentCount)
            }
        }

        var accounts: [AccountBody]
        var pageInfo: PageInfo
        enum CodingKeys: String, CodingKey {
            case accounts
            case pageInfo = "page_info"
        }
    }

    /// `GET /v1/organizations/accounts?limit=&marker=`: the members in order, `limit` (1 to 1000,
    /// default 200) at a time; `next_marker` is the last id given, null on the last page.
    private func listAccounts(_ request: SimulatorRequest, nowSeconds: Int64) throws(SimulatorError) -> SimulatorResponse {
        var limit = 200
        if let text = request.queryValue("limit") {
            guard let value = Int(text), (1...1000).contains(value) else {
                throw SimulatorError(status: 400, code: "Organizations.1001", message: "limit must be 1 to 1000.")
            }
            limit = value
        }
        let accounts = iam.accounts
        let elapsed = iam.elapsedSeconds(now: world.clock())
        let members = (0..<accounts.count).compactMap { index in
            accounts.organization.status(of: index, count: accounts.count, elapsedSeconds: elapsed).map { (index, $0) }
        }
        var start = 0
        if let marker = request.queryValue("marker"), !marker.isEmpty {
            guard let index = members.firstIndex(where: { SimulatorAccounts.domainID($0.0) == marker }) else {
                throw SimulatorError(status: 400, code: "Organizations.1001", message: "The marker is invalid.")
            }
            start = index + 1
        }
        let page = members[min(start, members.count)..<min(start + limit, members.count)]
        let management = SimulatorAccounts.domainID(0)
        let bodies = page.map { index, status in
            AccountBody(
                id: SimulatorAccounts.domainID(index), urn: "organizations::\(management):account:\(SimulatorOrganization.id)/\(SimulatorAccounts.domainID(index))",
                name: SimulatorAccounts.domainName(index), status: status, joinMethod: index == 0 ? "created" : "invited",
                joinedAt: "2026-01-05T08:00:00Z")
        }
        let next = start + limit < members.count ? bodies.last?.id : nil
        return SimulatorResponse(
            status: 200, body: Self.json(PageBody(accounts: bodies, pageInfo: .init(nextMarker: next, currentCount: bodies.count))))
    }
}
