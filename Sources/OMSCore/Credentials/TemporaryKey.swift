import FoundationEssentials

/// A temporary AK/SK with its security token and expiry, as IAM, ECS metadata and agencies issue it.
/// It lives in memory only.
public struct TemporaryKey: Sendable, Hashable {
    public var accessKey: String
    public var secret: Secret
    public var securityToken: Secret
    /// When the key stops working, in ms since 1970.
    public var expiresAt: Int64

    public init(accessKey: String, secret: Secret, securityToken: Secret, expiresAt: Int64) {
        self.accessKey = accessKey
        self.secret = secret
        self.securityToken = securityToken
        self.expiresAt = expiresAt
    }

    /// The key as request signing uses it.
    public var credentials: Credentials { .accessKey(id: accessKey, secret: secret, securityToken: securityToken) }
}

/// The `credential` object IAM's security-token operations and the ECS metadata service answer:
/// `access`, `secret`, `securitytoken` and `expires_at`.
struct TemporaryKeyAnswer: Decodable {
    struct Credential: Decodable {
        var access: String
        var secret: String
        var securitytoken: String
        var expiresAt: String

        enum CodingKeys: String, CodingKey {
            case access, secret, securitytoken
            case expiresAt = "expires_at"
        }
    }

    var credential: Credential

    /// The key of an answer body; nil when the body is not such an answer.
    static func key(from body: [UInt8]) -> TemporaryKey? {
        guard let answer = try? JSONInput.decode(Self.self, from: Data(body)),
            let expires = ExpiryTime.parse(answer.credential.expiresAt),
            !answer.credential.access.isEmpty, !answer.credential.secret.isEmpty
        else { return nil }
        return TemporaryKey(
            accessKey: answer.credential.access, secret: Secret(answer.credential.secret),
            securityToken: Secret(answer.credential.securitytoken), expiresAt: expires)
    }
}
