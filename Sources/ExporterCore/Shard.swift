/// Which profiles one exporter of several watches: those whose stable hash of the profile's name,
/// modulo the number of shards, is this shard's index. Every profile is in exactly one shard, and
/// the same name lands in the same shard on every machine and every run (kube-state-metrics'
/// sharding, by profile instead of by object).
public struct Shard: Sendable, Equatable {
    public let index: Int
    public let total: Int

    /// Why a shard cannot be made from what was given.
    public enum Problem: Error, Equatable {
        /// The total is below 1.
        case totalTooSmall(Int)
        /// The index is outside 0..<total.
        case indexOutOfRange(index: Int, total: Int)
        /// Neither a number nor `auto`.
        case notANumber(String)
        /// `auto` on a host whose name does not end in a number (not a StatefulSet's pod).
        case noOrdinal(hostname: String)
    }

    /// The one shard that watches every profile.
    public static let whole = Shard(uncheckedIndex: 0, total: 1)

    private init(uncheckedIndex index: Int, total: Int) {
        self.index = index
        self.total = total
    }

    /// Shard `index` of `total`: `index` is a number from 0, or `auto` for the number a
    /// StatefulSet's pod name ends in (`omsdash-exporter-2` is shard 2).
    public init(_ index: String, of total: Int, hostname: String) throws(Problem) {
        guard total >= 1 else { throw .totalTooSmall(total) }
        let number: Int
        if index == "auto" {
            let digits = hostname.reversed().prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let ordinal = Int(String(digits.reversed())) else { throw .noOrdinal(hostname: hostname) }
            number = ordinal
        } else {
            guard let parsed = Int(index) else { throw .notANumber(index) }
            number = parsed
        }
        guard (0..<total).contains(number) else { throw .indexOutOfRange(index: number, total: total) }
        self.init(uncheckedIndex: number, total: total)
    }

    /// Whether this shard watches the profile named `profile`.
    public func owns(_ profile: String) -> Bool { total == 1 || Int(Self.stableHash(profile) % UInt64(total)) == index }

    /// FNV-1a over the name's UTF-8: unlike `Hasher`, the same on every run and every machine.
    static func stableHash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
