import CCrypt

/// A password's bcrypt hash (`$2y$10$…`, as `htpasswd -nBC 10` writes it), checked by the C
/// library's own bcrypt (libxcrypt's `crypt_rn`).
public struct BcryptHash: Sendable, Hashable {
    /// The hash as written: `$2a$`, `$2b$` or `$2y$`, a cost of 04 to 31, and 53 characters of salt and hash.
    public let text: String

    private static let alphabet = Set("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// The hash in `text`, or nil when it is no bcrypt hash.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 60, bytes[0] == UInt8(ascii: "$"), bytes[1] == UInt8(ascii: "2"),
              [UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "y")].contains(bytes[2]), bytes[3] == UInt8(ascii: "$"),
              bytes[6] == UInt8(ascii: "$"), let cost = Int(String(decoding: bytes[4..<6], as: UTF8.self)), (4...31).contains(cost),
              bytes[7...].allSatisfy(Self.alphabet.contains)
        else { return nil }
        self.text = text
    }

    /// The cost: 2 to this power rounds of the key schedule.
    public var cost: Int { Int(text.dropFirst(4).prefix(2))! }

    /// Whether `password` is the one hashed, compared in constant time. A password with a NUL
    /// byte never matches (bcrypt would stop reading it there).
    public func matches(_ password: some Collection<UInt8>) -> Bool {
        guard !password.contains(0) else { return false }
        let size = MemoryLayout<crypt_data>.size
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<crypt_data>.alignment)
        scratch.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        defer {
            scratch.initializeMemory(as: UInt8.self, repeating: 0, count: size)
            scratch.deallocate()
        }
        let phrase = Array(password) + [0]
        guard let result = crypt_rn(phrase.map { CChar(bitPattern: $0) }, text, scratch, Int32(size)) else { return false }
        let computed = Array(String(cString: result).utf8)
        return Self.equalInConstantTime(computed, Array(text.utf8))
    }

    /// Whether `a` and `b` are equal, in a time that depends on their lengths only.
    static func equalInConstantTime(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A hash of the same cost that no user's password is checked against: an unknown user's is,
    /// so that a name that is not a user costs the same bcrypt check as a wrong password.
    public var decoy: BcryptHash {
        BcryptHash(String(text.prefix(7)) + "NKfkI2Sz.2OE0nL.OoCoN.AqYpqJZV5hF1u0RpnnQygSvdsRnSTQi")!
    }
}
