import Crypto
import FoundationEssentials
import Synchronization

/// Basic authentication against a web config's users. A password is checked by bcrypt once; the
/// answer is kept under a SHA-256 of the user, the password and the hash, so that a scraper that
/// sends the same password every 15 s costs one bcrypt check in all, and a wrong one costs one
/// check each time it changes. A name that is no user is checked against a decoy of the same cost.
public final class BasicAuthentication: Sendable {
    private let users: [String: BcryptHash]
    private let decoy: BcryptHash?
    private let answers = Mutex<[SHA256Digest: Bool]>([:])

    /// How many answers are kept before they are all forgotten: far more than a team's scrapers.
    static let keptAnswers = 1_024

    public init(users: [String: BcryptHash]) {
        self.users = users
        decoy = users.values.max { $0.cost < $1.cost }?.decoy
    }

    /// A user and password from an `Authorization: Basic …` header, or nil.
    public static func credentials(from header: String?) -> (user: String, password: [UInt8])? {
        guard let header, header.count > 6, header.prefix(6).lowercased() == "basic " else { return nil }
        let encoded = String(header.dropFirst(6).drop { $0 == " " })
        guard let decoded = Data(base64Encoded: encoded), let colon = decoded.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        guard let user = String(validating: decoded[..<colon], as: UTF8.self) else { return nil }
        return (user, Array(decoded[decoded.index(after: colon)...]))
    }

    /// The answer for `user` and `password` when it was found before; nil when a bcrypt check is needed.
    public func knownAnswer(user: String, password: [UInt8]) -> Bool? {
        let key = key(user: user, password: password)
        return answers.withLock { $0[key] }
    }

    /// Whether `password` is `user`'s, by bcrypt (tens of milliseconds at cost 10: call it off the
    /// event loop, a few at a time), and kept for the next time.
    public func check(user: String, password: [UInt8]) -> Bool {
        let key = key(user: user, password: password)
        let allowed: Bool
        if let hash = users[user] {
            allowed = hash.matches(password)
        } else {
            _ = decoy?.matches(password)
            allowed = false
        }
        answers.withLock { answers in
            if answers.count >= Self.keptAnswers { answers.removeAll() }
            answers[key] = allowed
        }
        return allowed
    }

    private func key(user: String, password: [UInt8]) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(data: Array(user.utf8) + [0])
        hasher.update(data: password + [0])
        hasher.update(data: Array((users[user]?.text ?? "").utf8))
        return hasher.finalize()
    }
}
