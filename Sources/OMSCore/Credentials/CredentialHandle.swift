/// The credential a profile signs with, asked for its key before every request: a fixed key, or a
/// temporary one that renews itself. Shared by every profile with the same source, so that one
/// renewal serves them all.
public final class CredentialHandle: Sendable, Hashable, CustomStringConvertible {
    /// Where the key comes from.
    public let source: CredentialSource
    private let renewing: RenewingCredential?

    /// A fixed key, from `source` (by default, keys given as they are).
    public init(fixed key: Credentials, source: CredentialSource? = nil) {
        self.source = source ?? .keys(key)
        renewing = nil
    }

    /// A temporary key that `renewing` renews.
    init(source: CredentialSource, renewing: RenewingCredential) {
        self.source = source
        self.renewing = renewing
    }

    /// A fixed AK/SK, with a security token for a temporary key given as it is.
    public static func accessKey(id: String, secret: Secret, securityToken: Secret? = nil) -> CredentialHandle {
        CredentialHandle(fixed: .accessKey(id: id, secret: secret, securityToken: securityToken))
    }

    /// A fixed IAM token.
    public static func iamToken(_ token: Secret) -> CredentialHandle { CredentialHandle(fixed: .iamToken(token)) }

    /// The key to sign the next request with; waits for a renewal when no key is usable, and
    /// throws `OMSError.credentials` when none can be had now.
    public func current() async throws -> Credentials {
        guard let renewing else { return source.fixedKey! }
        return try await renewing.current().credentials
    }

    /// The service refused a request signed with `key`: true when that brought an early renewal.
    func refused(_ key: Credentials) -> Bool {
        guard let renewing, case .accessKey(let id, _, _) = key else { return false }
        return renewing.refused(accessKey: id)
    }

    /// What the credential is doing now.
    public var status: CredentialStatus {
        guard let renewing else {
            let key = source.fixedKey!
            let isTemporary = if case .accessKey(_, _, let token) = key { token != nil } else { false }
            return CredentialStatus(source: source.label, isTemporary: isTemporary, key: key.description, expiresAt: nil)
        }
        return renewing.status(source: source.label)
    }

    /// Stops renewing.
    public func stop() { renewing?.stop() }

    /// Safe to print: the masked access key of a fixed key, else the source.
    public var description: String {
        if renewing == nil, let key = source.fixedKey { return key.description }
        return source.label
    }

    /// Fixed credentials are equal when they sign with the same key, wherever it came from;
    /// renewing ones only to themselves.
    public static func == (lhs: CredentialHandle, rhs: CredentialHandle) -> Bool {
        if lhs.renewing == nil && rhs.renewing == nil { return lhs.source.fixedKey == rhs.source.fixedKey }
        return lhs === rhs
    }

    public func hash(into hasher: inout Hasher) {
        if renewing == nil { hasher.combine(source.fixedKey) } else { hasher.combine(ObjectIdentifier(self)) }
    }
}
