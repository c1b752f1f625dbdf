import Testing

@testable import ExporterCore

@Suite("Exporter: sharding profiles over several exporters")
struct ShardTests {
    static let names = (0..<2_000).map { "corp/tenant-\($0)/" + ($0 % 2 == 0 ? "cn-north-4" : "cn-east-3") }

    @Test("N shards together watch every profile exactly once, each a fair share", arguments: [1, 2, 3, 5, 8])
    func partition(total: Int) throws {
        let shards = try (0..<total).map { try Shard(String($0), of: total, hostname: "x") }
        for name in Self.names {
            #expect(shards.filter { $0.owns(name) }.count == 1, "\(name) is in exactly one shard")
        }
        for shard in shards {
            let share = Self.names.filter(shard.owns).count
            #expect(abs(share - Self.names.count / total) <= Self.names.count / total / 5, "shard \(shard.index) has \(share)")
        }
    }

    @Test("the hash is the same on every run: fixed values of FNV-1a")
    func stable() {
        #expect(Shard.stableHash("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.stableHash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard.stableHash("foobar") == 0x85944171f73967e8)
    }

    @Test("auto takes the StatefulSet pod's ordinal; bad values are refused with why")
    func parsing() throws {
        #expect(try Shard("auto", of: 3, hostname: "omsdash-exporter-2").index == 2)
        #expect(try Shard("0", of: 1, hostname: "") == .whole)
        #expect(throws: Shard.Problem.noOrdinal(hostname: "omsdash-exporter")) { try Shard("auto", of: 3, hostname: "omsdash-exporter") }
        #expect(throws: Shard.Problem.indexOutOfRange(index: 3, total: 3)) { try Shard("auto", of: 3, hostname: "omsdash-exporter-3") }
        #expect(throws: Shard.Problem.indexOutOfRange(index: -1, total: 2)) { try Shard("-1", of: 2, hostname: "") }
        #expect(throws: Shard.Problem.notANumber("first")) { try Shard("first", of: 2, hostname: "") }
        #expect(throws: Shard.Problem.totalTooSmall(0)) { try Shard("0", of: 0, hostname: "") }
    }
}
