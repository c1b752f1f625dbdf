import FoundationEssentials
import OMSCore

/// IAM's security-token and ID-token operations and the ECS metadata service, as the simulator
/// serves them on its one listener, routed by path.
extension SimulatorService {
    /// The answer to an IAM or metadata request; nil when the path is none of theirs.
    func respondAsIdentityService(_ request: SimulatorRequest, nowSeconds: Int64) throws(SimulatorError) -> SimulatorResponse? {
        switch (request.method, request.path) {
        case ("POST", "/v3.0/OS-CREDENTIAL/securitytokens"): return try securityTokens(request, nowSeconds: nowSeconds)
        case ("POST", "/v3.0/OS-AUTH/id-token/tokens"): return try idToken(request)
        case ("PUT", "/meta-data/latest/api/token"): return try metadataToken(request)
        case ("GET", "/openstack/latest/securitykey"): return try metadataKey(request)
        default: return nil
        }
    }

    private struct SecurityTokensBody: Decodable {
        struct Auth: Decodable { var identity: Identity }
        struct Identity: Decodable {
            var methods: [String]
            var assumeRole: AssumeRole?
            var token: Token?
            enum CodingKeys: String, CodingKey {
                case methods, token
                case assumeRole = "assume_role"
            }
        }
        struct AssumeRole: Decodable {
            var agencyName: String
            var domainName: String?
            var domainID: String?
            var durationSeconds: Int?
            enum CodingKeys: String, CodingKey {
                case agencyName = "agency_name", domainName = "domain_name", domainID = "domain_id"
                case durationSeconds = "duration_seconds"
            }
        }
        struct Token: Decodable {
            var id: String?
            var durationSeconds: Int?
            enum CodingKeys: String, CodingKey {
                case id
                case durationSeconds = "duration_seconds"
            }
        }
        var auth: Auth
    }

    /// `POST /v3.0/OS-CREDENTIAL/securitytokens`: `assume_role` signed by a key of the first
    /// account (permanent or temporary), or `token` with a token from the ID token exchange.
    private func securityTokens(_ request: SimulatorRequest, nowSeconds: Int64) throws(SimulatorError) -> SimulatorResponse {
        guard let body = try? JSONInput.decode(SecurityTokensBody.self, from: Data(request.body)) else {
            throw IAMError.badRequest("The request body is not a securitytokens request.")
        }
        let identity = body.auth.identity
        if identity.methods == ["token"] {
            guard let token = identity.token?.id ?? request.header("X-Auth-Token"), let account = iam.account(ofToken: token) else {
                throw IAMError.unauthorized("The token is invalid or has expired.")
            }
            try checkDuration(identity.token?.durationSeconds)
            return SimulatorResponse(status: 201, body: iam.issue(account: account))
        }
        guard identity.methods == ["assume_role"], let role = identity.assumeRole else {
            throw IAMError.badRequest("methods must be [\"assume_role\"] or [\"token\"].")
        }
        let caller = try authenticator.caller(for: request, nowSeconds: nowSeconds)
        guard caller == nil || caller == 0 else {
            throw IAMError.forbidden("Agencies trust the account \(SimulatorAccounts.domainName(0)) only.")
        }
        try checkDuration(role.durationSeconds)
        guard let account = iam.accounts.account(named: role.domainName, id: role.domainID), account > 0 else {
            throw IAMError.notFound("The domain \(role.domainName ?? role.domainID ?? "") does not exist.")
        }
        let holds = iam.accounts.organization.holdsAgency(
            account, count: iam.accounts.count, elapsedSeconds: iam.elapsedSeconds(now: world.clock()))
        guard role.agencyName == iam.accounts.agencyName, holds else {
            throw IAMError.forbidden("No agency \(role.agencyName) in \(SimulatorAccounts.domainName(account)) trusts this account.")
        }
        return SimulatorResponse(status: 201, body: iam.issue(account: account))
    }

    private func checkDuration(_ seconds: Int?) throws(SimulatorError) {
        if let seconds, !Agency.durations.contains(seconds) {
            throw IAMError.badRequest("duration_seconds must be 900 to 86400.")
        }
    }

    private struct IDTokenBody: Decodable {
        struct Auth: Decodable {
            var idToken: IDToken
            enum CodingKeys: String, CodingKey { case idToken = "id_token" }
        }
        struct IDToken: Decodable { var id: String }
        var auth: Auth
    }

    /// `POST /v3.0/OS-AUTH/id-token/tokens`: a JWT of the identity provider named by `X-Idp-Id`
    /// for a token in `X-Subject-Token`.
    private func idToken(_ request: SimulatorRequest) throws(SimulatorError) -> SimulatorResponse {
        guard request.header("X-Idp-Id") == iam.accounts.identityProvider else {
            throw IAMError.unauthorized("The identity provider in X-Idp-Id does not exist.")
        }
        guard let body = try? JSONInput.decode(IDTokenBody.self, from: Data(request.body)),
            body.auth.idToken.id.split(separator: ".", omittingEmptySubsequences: false).count == 3
        else {
            throw IAMError.unauthorized("The ID token is not a JWT.")
        }
        let (token, expires) = iam.exchange(idToken: body.auth.idToken.id)
        let answer = SimulatorService.json(["token": [
            "expires_at": ExpiryTime.format(milliseconds: expires), "issued_at": ExpiryTime.format(milliseconds: world.clock()),
        ]])
        return SimulatorResponse(status: 201, body: answer, headers: [("X-Subject-Token", token)])
    }

    /// `PUT /meta-data/latest/api/token` with `X-Metadata-Token-Ttl-Seconds` (1 to 21600).
    private func metadataToken(_ request: SimulatorRequest) throws(SimulatorError) -> SimulatorResponse {
        guard let text = request.header("X-Metadata-Token-Ttl-Seconds"), let seconds = Int(text), (1...21_600).contains(seconds) else {
            throw SimulatorError(status: 400, code: "", message: "X-Metadata-Token-Ttl-Seconds must be 1 to 21600")
        }
        return SimulatorResponse(status: 200, contentType: "text/plain", body: Array(iam.newMetadataSession(seconds: seconds).utf8))
    }

    /// `GET /openstack/latest/securitykey` with a live `X-Metadata-Token`: the first account's key.
    private func metadataKey(_ request: SimulatorRequest) throws(SimulatorError) -> SimulatorResponse {
        guard iam.metadataSessionIsLive(request.header("X-Metadata-Token")) else {
            throw SimulatorError(status: 401, code: "", message: "the metadata token is missing or has expired")
        }
        return SimulatorResponse(status: 200, body: iam.issue(account: 0))
    }
}

/// IAM's error answers.
enum IAMError {
    static func badRequest(_ message: String) -> SimulatorError { SimulatorError(status: 400, code: "IAM.0006", message: message) }
    static func unauthorized(_ message: String) -> SimulatorError { SimulatorError(status: 401, code: "IAM.0001", message: message) }
    static func forbidden(_ message: String) -> SimulatorError { SimulatorError(status: 403, code: "IAM.0003", message: message) }
    static func notFound(_ message: String) -> SimulatorError { SimulatorError(status: 404, code: "IAM.0004", message: message) }
}
