import OMSCore

/// Checks requests the way the API gateway does: an SDK-HMAC-SHA256 signature by the known AK/SK
/// or by a temporary key IAM issued (with its security token, until it expires), dated within 15
/// minutes of the server's clock, or the configured IAM token.
struct RequestAuthenticator: Sendable {
    let identity: SimulatorIdentity
    /// Each project's account: the identity's keys reach every one, a temporary key its account's.
    var projects: [String: Int] = [:]
    /// The issuer of temporary keys, and the revocation of the identity's key.
    let iam: SimulatorIAM
    /// The largest clock difference accepted, in seconds.
    static let maxSkewSeconds: Int64 = 15 * 60

    /// Returns nil when the request is authentic, else the gateway's refusal.
    func refusal(for request: SimulatorRequest, nowSeconds: Int64) -> SimulatorError? {
        do {
            _ = try caller(for: request, nowSeconds: nowSeconds)
            return nil
        } catch {
            return error
        }
    }

    /// The account of a temporary key's request, nil for the identity's own key or token (which
    /// reach every tenant); throws the gateway's refusal.
    func caller(for request: SimulatorRequest, nowSeconds: Int64) throws(SimulatorError) -> Int? {
        if let token = request.header("X-Auth-Token") {
            guard let expected = identity.authToken, token == expected.reveal() else {
                throw .unauthorized("the token is invalid or has expired")
            }
            return nil
        }
        guard let value = request.header("Authorization"), let authorization = AuthorizationHeader(parsing: value) else {
            throw .unauthorized("no SDK-HMAC-SHA256 Authorization header or X-Auth-Token")
        }
        let secret: Secret
        var account: Int?
        if authorization.accessKey == identity.accessKey {
            guard !iam.sourceRevoked(now: nowSeconds * 1000) else {
                iam.countSourceRefusal()
                throw .unauthorized("the access key is disabled")
            }
            secret = identity.secretKey
        } else if let issued = iam.issuedKey(authorization.accessKey) {
            guard request.header("X-Security-Token") == issued.securityToken else {
                throw .unauthorized("the security token does not match the temporary access key")
            }
            guard nowSeconds * 1000 < issued.expiresAt else {
                throw .unauthorized("the temporary access key and security token have expired")
            }
            secret = issued.secret
            account = issued.account
        } else {
            throw .unauthorized("the access key does not exist")
        }
        guard let dateText = request.header("X-Sdk-Date"), let date = SigningDate.parse(dateText) else {
            throw .unauthorized("missing or malformed X-Sdk-Date")
        }
        guard abs(nowSeconds - date) <= Self.maxSkewSeconds else {
            throw .unauthorized("the request time differs from the server time by more than 15 minutes")
        }
        let signedNames = Set(authorization.signedHeaders)
        guard signedNames.contains("host"), signedNames.contains("x-sdk-date") else {
            throw .unauthorized("host and x-sdk-date must be signed")
        }
        if let token = request.header("X-Security-Token"), !signedNames.contains("x-security-token") || token.isEmpty {
            throw .unauthorized("the security token must be signed")
        }
        let signable = SignableRequest(
            method: request.method, path: request.path, query: request.query, headers: request.headers,
            body: request.body)
        let signer = RequestSigner(accessKey: authorization.accessKey, secretKey: secret)
        let expected = signer.signature(for: signable, signedHeaders: authorization.signedHeaders)
        guard expected == authorization.signature else {
            throw .unauthorized("verify aksk signature fail")
        }
        if let project = request.header("X-Project-Id") {
            let reached = account.map { projects[project] == $0 } ?? (project == identity.projectID || projects[project] != nil)
            guard reached else { throw .unauthorized("the X-Project-Id header does not match the credentials' project") }
        }
        return account
    }
}
