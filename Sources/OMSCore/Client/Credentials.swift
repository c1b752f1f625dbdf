/// How requests prove who sends them: an AK/SK pair (optionally temporary, with a security
/// token) that signs every request, or an IAM token sent as `X-Auth-Token`.
public enum Credentials: Sendable, Hashable, CustomStringConvertible {
    case accessKey(id: String, secret: Secret, securityToken: Secret? = nil)
    case iamToken(Secret)

    /// A description safe to print: the access key id's first 4 and last 2 characters (enough to
    /// tell keys apart, never the whole id), never a secret.
    public var description: String {
        switch self {
        case .accessKey(let id, _, let token): "AK \(Self.shortened(id))" + (token == nil ? "" : " (temporary)")
        case .iamToken: "IAM token"
        }
    }

    static func shortened(_ id: String) -> String {
        id.count > 8 ? "\(id.prefix(4))…\(id.suffix(2))" : "\(id.prefix(2))…"
    }
}
