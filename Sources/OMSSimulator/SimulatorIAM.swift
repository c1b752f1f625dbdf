import FoundationEssentials
import OMSCore
import Synchronization

/// The simulator's IAM and ECS metadata service: issues temporary keys (assume_role with an
/// agency, the token method, the metadata's security key), exchanges an ID token for a token,
/// and says which account a temporary key belongs to and whether it has expired. Issued keys
/// live in memory, and expired ones are forgotten a lifetime after they expire. Every secret it
/// issues starts with a marker of its kind (`tmpsk-`, `tmpst-`, `tmpmd-`, `tmpsub-`), so that an
/// audit can look for any of them in what omsdash prints.
public final class SimulatorIAM: Sendable {
    /// A temporary key as issued.
    struct IssuedKey: Sendable {
        var secret: Secret
        var securityToken: String
        var account: Int
        var expiresAt: Int64
    }

    private struct State {
        var keys: [String: IssuedKey] = [:]
        /// Tokens from the ID token exchange: account and expiry.
        var tokens: [String: (account: Int, expiresAt: Int64)] = [:]
        var metadataSessions: [String: Int64] = [:]
        var counter: UInt64 = 0
        var idTokensSeen: Set<String> = []
        var issued = 0
        var refusedSource = 0
    }

    /// The markers that start the secrets it issues.
    public static let markers = (
        secret: "tmpsk-", securityToken: "tmpst-", subjectToken: "tmpsub-", metadataSession: "tmpmd-"
    )

    public let accounts: SimulatorAccounts
    private let clock: @Sendable () -> Int64
    private let started: Int64
    private let state = Mutex(State())

    public init(accounts: SimulatorAccounts, clock: @escaping @Sendable () -> Int64) {
        self.accounts = accounts
        self.clock = clock
        started = clock()
    }

    /// How many temporary keys were issued so far.
    public var keysIssued: Int { state.withLock { $0.issued } }
    /// How many different ID tokens were exchanged so far (tokens rotate).
    public var idTokensExchanged: Int { state.withLock { $0.idTokensSeen.count } }
    /// How many calls signed with the revoked source key were refused.
    public var sourceRefusals: Int { state.withLock { $0.refusedSource } }

    /// Whether the first account's permanent key is refused at `now`.
    func sourceRevoked(now: Int64) -> Bool {
        guard let after = accounts.revokedAfterSeconds else { return false }
        let from = started + Int64(after * 1000)
        return now >= from && now < from + Int64(accounts.revokedForSeconds * 1000)
    }

    /// Seconds since the simulator started, by its clock.
    func elapsedSeconds(now: Int64) -> Double { Double(now - started) / 1000 }

    /// Counts a refusal of the revoked source key.
    func countSourceRefusal() { state.withLock { $0.refusedSource += 1 } }

    /// Forgets every temporary key issued so far, as an IAM that revoked them before their expiry
    /// would: the gateway refuses them from now on.
    public func forgetIssuedKeys() { state.withLock { $0.keys = [:] } }

    /// The issued key of `accessKey`, if there is one.
    func issuedKey(_ accessKey: String) -> IssuedKey? { state.withLock { $0.keys[accessKey] } }

    /// A new temporary key for `account`, as IAM's `credential` object.
    func issue(account: Int) -> [UInt8] {
        let now = clock()
        let expires = now + Int64(accounts.credentialLifetimeSeconds) * 1000
        let (access, secret, token) = state.withLock { state in
            state.counter += 1
            state.issued += 1
            let n = state.counter
            let access = "TMP" + Self.hex(DeterministicRandom.mix(n ^ 0x5EC0_0001), digits: 14) + Self.hex(n, digits: 3)
            let secret = Self.markers.secret + Self.hex(DeterministicRandom.mix(n ^ 0x5EC0_0002), digits: 16)
                + Self.hex(DeterministicRandom.mix(n ^ 0x5EC0_0003), digits: 16)
            let token = Self.markers.securityToken + Self.hex(DeterministicRandom.mix(n ^ 0x5EC0_0004), digits: 16)
                + Self.hex(DeterministicRandom.mix(n ^ 0x5EC0_0005), digits: 16)
            state.keys[access] = IssuedKey(secret: Secret(secret), securityToken: token, account: account, expiresAt: expires)
            forgetExpired(&state, now: now)
            return (access, secret, token)
        }
        return SimulatorService.json(["credential": [
            "access": access, "secret": secret, "securitytoken": token,
            "expires_at": ExpiryTime.format(milliseconds: expires),
        ]])
    }

    /// Takes an ID token of the first account's workload: a new token for the security-token
    /// exchange, and its expiry.
    func exchange(idToken: String) -> (token: String, expiresAt: Int64) {
        let now = clock()
        let expires = now + Int64(accounts.credentialLifetimeSeconds) * 1000
        return state.withLock { state in
            state.counter += 1
            state.idTokensSeen.insert(idToken)
            let token = Self.markers.subjectToken + Self.hex(DeterministicRandom.mix(state.counter ^ 0x70CE_0001), digits: 16)
                + Self.hex(DeterministicRandom.mix(state.counter ^ 0x70CE_0002), digits: 16)
            state.tokens[token] = (0, expires)
            return (token, expires)
        }
    }

    /// The account of a token from the ID token exchange that has not expired.
    func account(ofToken token: String) -> Int? {
        let now = clock()
        return state.withLock { state in state.tokens[token].flatMap { $0.expiresAt > now ? $0.account : nil } }
    }

    /// A new metadata session token.
    func newMetadataSession(seconds: Int) -> String {
        let now = clock()
        return state.withLock { state in
            state.counter += 1
            let token = Self.markers.metadataSession + Self.hex(DeterministicRandom.mix(state.counter ^ 0x3E7A_0001), digits: 16)
            state.metadataSessions[token] = now + Int64(seconds) * 1000
            return token
        }
    }

    /// Whether a metadata session token is live.
    func metadataSessionIsLive(_ token: String?) -> Bool {
        guard let token else { return false }
        let now = clock()
        return state.withLock { ($0.metadataSessions[token] ?? 0) > now }
    }

    private func forgetExpired(_ state: inout State, now: Int64) {
        guard state.counter % 256 == 0 else { return }
        let horizon = now - Int64(accounts.credentialLifetimeSeconds) * 1000
        state.keys = state.keys.filter { $0.value.expiresAt > horizon }
        state.tokens = state.tokens.filter { $0.value.expiresAt > horizon }
        state.metadataSessions = state.metadataSessions.filter { $0.value > now }
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16).uppercased()
        return String(String(repeating: "0", count: max(0, digits - text.count)) + text).suffix(digits).description
    }
}
