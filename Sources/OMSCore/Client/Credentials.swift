/// How requests prove who sends them: an AK/SK pair (optionally temporary, with a security
/// token) that signs every request, or an IAM token sent as `X-Auth-Token`.
public enum Credentials: Sendable, Hashable, CustomStringConvertible {
    case accessKey(id: String, secret: Secret, securityToken: Secret? = nil)
    case iamToken(Secret)

    /// A description safe to print: the access key id, never a secret.
    public var description: String {
        switch self {
        case .accessKey(let id, _, let token): "AK \(id)" + (token == nil ? "" : " (temporary)")
        case .iamToken: "IAM token"
        }
    }
}
