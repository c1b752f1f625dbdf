import FoundationEssentials
import OMSWords

/// A CCE workload identity: the pod's ID token (read again at every renewal, since the kubelet
/// rotates it) exchanged at IAM for a token (`POST /v3.0/OS-AUTH/id-token/tokens` with `X-Idp-Id`),
/// then that token for temporary keys (`POST /v3.0/OS-CREDENTIAL/securitytokens`, method `token`),
/// as the SDK's federal accessor does. Neither request is signed.
struct IDTokenExchange: Sendable {
    let idpID: String
    let tokenFile: String
    let iam: Endpoint
    let connection: CredentialConnection
    /// How long the keys live: the SDK asks for 6 hours.
    var durationSeconds = 6 * 3_600

    static let tokenPath = "/v3.0/OS-AUTH/id-token/tokens"

    private struct TokenBody: Encodable {
        struct Auth: Encodable {
            var idToken: IDToken
            enum CodingKeys: String, CodingKey { case idToken = "id_token" }
        }
        struct IDToken: Encodable { var id: String }
        var auth: Auth
    }

    private struct KeysBody: Encodable {
        struct Auth: Encodable { var identity: Identity }
        struct Identity: Encodable {
            var methods = ["token"]
            var token: Token
        }
        struct Token: Encodable {
            var id: String
            var durationSeconds: Int
            enum CodingKeys: String, CodingKey {
                case id
                case durationSeconds = "duration_seconds"
            }
        }
        var auth: Auth
    }

    func fetch() async throws -> TemporaryKey {
        let idToken = try readToken()
        let tokenBody = Array(try JSONEncoder().encode(TokenBody(auth: .init(idToken: .init(id: idToken.reveal())))))
        let exchanged: HTTPExchange
        do {
            exchanged = try await connection.exchange(
                iam, method: "POST", path: Self.tokenPath, body: tokenBody, headers: [("X-Idp-Id", idpID)])
        } catch {
            throw IAMAnswer.failure(of: error)
        }
        guard (200..<300).contains(exchanged.status) else {
            if [400, 401, 403, 404].contains(exchanged.status) {
                throw CredentialFailure(
                    Wording(.credentialIDTokenRefused, ["idp": idpID, "status": IAMAnswer.status(exchanged)]), isRefusal: true)
            }
            throw IAMAnswer.failure(exchanged, operation: "id-token")
        }
        guard let subject = exchanged.headers.first(where: { $0.name.lowercased() == "x-subject-token" })?.value,
            !subject.isEmpty
        else { throw IAMAnswer.unusable("IAM") }
        let keysBody = Array(try JSONEncoder().encode(
            KeysBody(auth: .init(identity: .init(token: .init(id: subject, durationSeconds: durationSeconds))))))
        let answer: HTTPExchange
        do {
            answer = try await connection.exchange(iam, method: "POST", path: AgencyAssumption.path, body: keysBody)
        } catch {
            throw IAMAnswer.failure(of: error)
        }
        guard (200..<300).contains(answer.status) else { throw IAMAnswer.failure(answer, operation: "securitytokens") }
        guard let key = TemporaryKeyAnswer.key(from: answer.body) else { throw IAMAnswer.unusable("IAM") }
        return key
    }

    /// The ID token, read now.
    private func readToken() throws(CredentialFailure) -> Secret {
        guard let data = FileManager.default.contents(atPath: tokenFile) else {
            let reason = FileManager.default.fileExists(atPath: tokenFile) ? Message.reasonPermissionOrNotFile : .reasonNoSuchFile
            throw CredentialFailure(Wording(.credentialTokenFile, ["path": tokenFile], parts: ["reason": Wording(reason)]))
        }
        let token = String(decoding: data, as: UTF8.self).trimmed
        guard !token.isEmpty else {
            throw CredentialFailure(Wording(.credentialTokenFile, ["path": tokenFile], parts: ["reason": Wording(.reasonEmptyFile)]))
        }
        return Secret(token)
    }
}
