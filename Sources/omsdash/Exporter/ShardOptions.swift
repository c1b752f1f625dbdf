import ArgumentParser
import ExporterCore
import FoundationEssentials
import OMSCore

/// `--shard` and `--total-shards`: which of several exporters this one is, so that a large fleet's
/// profiles are shared between them, each profile watched by exactly one.
struct ShardOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "This exporter's shard: a number from 0, or auto for the number its host name ends in (a StatefulSet pod's ordinal).",
            valueName: "index|auto"))
    var shard = "0"
    @Option(help: "How many exporters share the profiles; each watches those whose name's stable hash, mod N, is its shard.")
    var totalShards = 1

    func validate() throws { _ = try value() }

    /// The shard given, `auto` read from this host's name.
    func value() throws -> Shard {
        let hostname = ProcessInfo.processInfo.hostName
        do {
            return try Shard(shard, of: totalShards, hostname: hostname)
        } catch {
            switch error {
            case .totalTooSmall: throw ValidationError(.optionShardTotal)
            case .indexOutOfRange(let index, let total):
                throw ValidationError(.optionShardRange, ["index": String(index), "total": String(total)])
            case .notANumber: throw ValidationError(.optionShardNumber)
            case .noOrdinal(let hostname): throw ValidationError(.optionShardAuto, ["hostname": hostname])
            }
        }
    }
}
