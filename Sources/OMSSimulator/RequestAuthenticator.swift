import OMSCore

/// Checks requests the way the API gateway does: an SDK-HMAC-SHA256 signature by the known AK/SK,
/// dated within 15 minutes of the server's clock, or the configured IAM token.
struct RequestAuthenticator: Sendable {
    let identity: SimulatorIdentity
    /// The projects the identity's keys reach: its own, and the other tenants'.
    var projects: Set<String> = []
    /// The largest clock difference accepted, in seconds.
    static let maxSkewSeconds: Int64 = 15 * 60

    /// Returns nil when the request is authentic, else the gateway's refusal.
    func refusal(for request: SimulatorRequest, nowSeconds: Int64) -> SimulatorError? {
        if let token = request.header("X-Auth-Token") {
            guard let expected = identity.authToken, token == expected.reveal() else {
                return .unauthorized("the token is invalid or has expired")
            }
            return nil
        }
        guard let value = request.header("Authorization"), let authorization = AuthorizationHeader(parsing: value) else {
            return .unauthorized("no SDK-HMAC-SHA256 Authorization header or X-Auth-Token")
        }
        guard authorization.accessKey == identity.accessKey else {
            return .unauthorized("the access key does not exist")
        }
        guard let dateText = request.header("X-Sdk-Date"), let date = SigningDate.parse(dateText) else {
            return .unauthorized("missing or malformed X-Sdk-Date")
        }
        guard abs(nowSeconds - date) <= Self.maxSkewSeconds else {
            return .unauthorized("the request time differs from the server time by more than 15 minutes")
        }
        let signedNames = Set(authorization.signedHeaders)
        guard signedNames.contains("host"), signedNames.contains("x-sdk-date") else {
            return .unauthorized("host and x-sdk-date must be signed")
        }
        if let token = request.header("X-Security-Token"), !signedNames.contains("x-security-token") || token.isEmpty {
            return .unauthorized("the security token must be signed")
        }
        let signable = SignableRequest(
            method: request.method, path: request.path, query: request.query, headers: request.headers,
            body: request.body)
        let signer = RequestSigner(accessKey: identity.accessKey, secretKey: identity.secretKey)
        let expected = signer.signature(for: signable, signedHeaders: authorization.signedHeaders)
        guard expected == authorization.signature else {
            return .unauthorized("verify aksk signature fail")
        }
        if let project = request.header("X-Project-Id"), project != identity.projectID, !projects.contains(project) {
            return .unauthorized("the X-Project-Id header does not match the credentials' project")
        }
        return nil
    }
}
