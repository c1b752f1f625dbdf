import OMSWords

/// What a profile's credential is doing, as `omsdash profiles`, the exporter and `watch` show it:
/// never a secret, the access key only masked.
public struct CredentialStatus: Sendable, Equatable {
    /// The source, as `CredentialSource.label` names it.
    public var source: String
    /// Whether the key is temporary.
    public var isTemporary: Bool
    /// The access key id in use, masked as errors name it (`ABCD…12`); nil before the first key
    /// and for an IAM token.
    public var key: String?
    /// When the key in use expires, in ms since 1970; nil for a permanent key or none yet.
    public var expiresAt: Int64?
    /// Renewals that succeeded, the first key included.
    public var renewals: Int
    /// Renewals that failed.
    public var renewalFailures: Int
    /// Why renewal is failing, while it is.
    public var failing: Wording?
    /// Whether the failing renewal needs a person (the `credentials_renewal` alert): see
    /// `RenewalSchedule.needsAttention(at:)`.
    public var needsAttention: Bool

    public init(
        source: String, isTemporary: Bool, key: String?, expiresAt: Int64?, renewals: Int = 0,
        renewalFailures: Int = 0, failing: Wording? = nil, needsAttention: Bool = false
    ) {
        self.source = source
        self.isTemporary = isTemporary
        self.key = key
        self.expiresAt = expiresAt
        self.renewals = renewals
        self.renewalFailures = renewalFailures
        self.failing = failing
        self.needsAttention = failing != nil && needsAttention
    }
}
