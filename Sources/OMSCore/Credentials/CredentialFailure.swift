import OMSWords

/// Why a temporary credential could not be had: the words with the fix, and whether the source
/// was refused (IAM said 401 or 403, or the platform has no agency to give), which waits the
/// longest before the next attempt.
public struct CredentialFailure: Error, Sendable, Hashable {
    /// What failed and the fix.
    public var wording: Wording
    /// Whether the source itself was refused, rather than unreachable or answering badly.
    public var isRefusal: Bool

    public init(_ wording: Wording, isRefusal: Bool = false) {
        self.wording = wording
        self.isRefusal = isRefusal
    }

    /// The same failure once the key in use has expired: the profile cannot be polled until
    /// renewal succeeds.
    public var afterExpiry: CredentialFailure {
        CredentialFailure(Wording(.credentialExpired, parts: ["reason": wording]), isRefusal: isRefusal)
    }
}
