import FoundationEssentials
import OMSWords
import Synchronization

/// The temporary keys of the agency attached to this ECS, from its metadata service, as the SDK
/// reads them: a session token (`PUT /meta-data/latest/api/token`), then
/// `GET /openstack/latest/securitykey` with it. Reached directly, never through a proxy.
final class ECSMetadataKeys: Sendable {
    let endpoint: Endpoint
    let connection: CredentialConnection
    /// The metadata session token, kept for its life and made anew when refused.
    private let session = Mutex<Secret?>(nil)

    /// The metadata service of every ECS.
    static let defaultEndpoint = try! Endpoint(parsing: "http://169.254.169.254")
    static let tokenPath = "/meta-data/latest/api/token"
    static let keyPath = "/openstack/latest/securitykey"
    /// How long a session token is asked to live: the SDK's 6 hours.
    static let sessionSeconds = 6 * 3_600
    /// What the service says when the ECS has no agency.
    static let noAgencyAnswer = "Please configure Cloud Service Agency first"

    init(endpoint: Endpoint, connection: CredentialConnection) {
        self.endpoint = endpoint
        self.connection = connection
    }

    func fetch() async throws -> TemporaryKey {
        var token = session.withLock { $0 }
        if token == nil { token = try await newSession() }
        var answer = try await securityKey(token)
        if answer.status == 401, !Self.saysNoAgency(answer) {
            answer = try await securityKey(try await newSession())
        }
        switch answer.status {
        case 200..<300:
            guard let key = TemporaryKeyAnswer.key(from: answer.body) else { throw IAMAnswer.unusable("the ECS metadata service") }
            return key
        case 401 where Self.saysNoAgency(answer), 404:
            throw CredentialFailure(Wording(.credentialECSNoAgency), isRefusal: true)
        default:
            throw CredentialFailure(Wording(.credentialECSFailed, ["endpoint": endpoint.description, "status": String(answer.status)]))
        }
    }

    private static func saysNoAgency(_ answer: HTTPExchange) -> Bool {
        String(decoding: answer.body, as: UTF8.self).contains(noAgencyAnswer)
    }

    /// A new session token; nil where the service has none to give (it then answers without one).
    private func newSession() async throws -> Secret? {
        let answer = try await send(
            method: "PUT", path: Self.tokenPath, headers: [("X-Metadata-Token-Ttl-Seconds", String(Self.sessionSeconds))])
        let token: Secret? = (200..<300).contains(answer.status) ? Secret(String(decoding: answer.body, as: UTF8.self)) : nil
        if token == nil, ![404, 405, 503].contains(answer.status) {
            throw CredentialFailure(Wording(.credentialECSFailed, ["endpoint": endpoint.description, "status": String(answer.status)]))
        }
        session.withLock { $0 = token }
        return token
    }

    private func securityKey(_ token: Secret?) async throws -> HTTPExchange {
        try await send(method: "GET", path: Self.keyPath, headers: token.map { [("X-Metadata-Token", $0.reveal())] } ?? [])
    }

    private func send(method: String, path: String, headers: [(name: String, value: String)]) async throws -> HTTPExchange {
        do {
            return try await connection.exchange(endpoint, method: method, path: path, body: nil, headers: headers, direct: true)
        } catch {
            let reason = (error as? OMSError)?.wording ?? .verbatim("\(error)")
            throw CredentialFailure(Wording(.credentialECSUnreachable, ["endpoint": endpoint.description], parts: ["reason": reason]))
        }
    }
}
