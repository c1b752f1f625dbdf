/// The credential a profile signs with, asked for its key before every request: a fixed key, or a
/// temporary one that renews itself. Shared by every profile with the same source, so that one
/// renewal serves them all.
public final class CredentialHandle: Sendable, Hashable, CustomStringConvertible {
    /// Where the key comes from.
    public let source: CredentialSource
    private let kind: Kind

    private enum Kind {
        case fixed(Credentials)
        case renewing(RenewingCredential)
    }

    /// A fixed key, from `source` (by default, keys given as they are).
    public init(fixed key: Credentials, source: CredentialSource? = nil) {
        self.source = source ?? .keys(key)
        kind = .fixed(key)
    }

    /// A temporary key that `renewing` renews.
    init(source: CredentialSource, renewing: RenewingCredential) {
        self.source = source
        kind = .renewing(renewing)
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
        switch kind {
        case .fixed(let key): key
        case .renewing(let renewing): try await renewing.current().credentials
        }
    }

    /// The service refused a request signed with `key`: true when that brought an early renewal.
    func refused(_ key: Credentials) -> Bool {
        guard case .renewing(let renewing) = kind, case .accessKey(let id, _, _) = key else { return false }
        return renewing.refused(accessKey: id)
    }

    /// What the credential is doing now.
    public var status: CredentialStatus {
        switch kind {
        case .renewing(let renewing):
            return renewing.status(source: source.label)
        case .fixed(.accessKey(let id, _, let token)):
            return CredentialStatus(source: source.label, isTemporary: token != nil, key: Credentials.shortened(id), expiresAt: nil)
        case .fixed(.iamToken):
            return CredentialStatus(source: source.label, isTemporary: false, key: nil, expiresAt: nil)
        }
    }

    /// Stops renewing.
    public func stop() {
        if case .renewing(let renewing) = kind { renewing.stop() }
    }

    /// Safe to print: the masked access key of a fixed key, else the source.
    public var description: String {
        if case .fixed(let key) = kind { return key.description }
        return source.label
    }

    /// Fixed credentials are equal when they sign with the same key, wherever it came from;
    /// renewing ones only to themselves.
    public static func == (lhs: CredentialHandle, rhs: CredentialHandle) -> Bool {
        if case .fixed(let left) = lhs.kind, case .fixed(let right) = rhs.kind { return left == right }
        return lhs === rhs
    }

    public func hash(into hasher: inout Hasher) {
        if case .fixed(let key) = kind { hasher.combine(key) } else { hasher.combine(ObjectIdentifier(self)) }
    }
}
