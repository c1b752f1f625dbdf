#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OMSCore

/// The object lists OMS writes into a task's destination bucket, as its failures (and skips)
/// happen: one file a day of each run (a run is a subtask), covering the day up to the last full
/// hour, a line for every object that failed then (at most 100,000 a file, as OMS caps them).
/// Lines are tab-separated, as a migration task's record is documented: reason, time in the
/// region's zone (UTC+8), the name URL-encoded, the name as it is, and the source SDK's error code.
/// Everything is derived from the task and the clock, so a file reads the same every time.
struct ObjectListWriter: Sendable {
    let task: SimulatedTask
    let now: Int64
    let speed: Double
    /// Whether this task also holds last month's 100,000-line list, for scale.
    let holdsLargeList: Bool

    /// The lines a file holds at most.
    static let maxLines = 100_000
    /// The ignored lists are kept short: skips are many, and only their shape matters here.
    static let maxIgnoredLines = 2_000
    static let hour: Int64 = 3_600_000
    static let day: Int64 = 86_400_000

    /// One list file: where it is, what it covers, and when it was written.
    struct File: Sendable {
        var key: String
        var subtask: String
        var from: Int64
        var to: Int64
        var lines: Int
        var kind: ObjectListKind
    }

    /// The files of `kind`, oldest first.
    func files(_ kind: ObjectListKind) -> [File] {
        let prefix = kind.prefix(taskID: task.info.id)
        let written = now / Self.hour * Self.hour
        let monthStart = World.monthStart(of: now)
        var files: [File] = []
        if holdsLargeList, kind == .failed {
            let from = World.monthStart(of: monthStart - 1) + 2 * Self.day
            files.append(file(prefix: prefix, subtask: "backfill", from: from, to: from + Self.hour, lines: Self.maxLines, kind: kind))
        }
        for run in task.runs {
            let subtask = "sync-" + Self.compact(run.start)
            var dayStart = max(run.start, monthStart) / Self.day * Self.day
            let end = min(run.end ?? written, written)
            while dayStart < end {
                let from = max(dayStart, run.start), to = min(dayStart + Self.day, end)
                let count = objects(kind, from: from, to: to)
                let cap = kind == .failed ? Self.maxLines : Self.maxIgnoredLines
                if count > 0 { files.append(file(prefix: prefix, subtask: subtask, from: from, to: to, lines: min(count, cap), kind: kind)) }
                dayStart += Self.day
            }
        }
        return files
    }

    private func file(prefix: String, subtask: String, from: Int64, to: Int64, lines: Int, kind: ObjectListKind) -> File {
        File(key: "\(prefix)\(subtask)/\(Self.compact(to))\(kind.fileSuffix)", subtask: subtask, from: from, to: to, lines: lines, kind: kind)
    }

    /// How many objects failed (or were skipped) from `from` to `to`.
    private func objects(_ kind: ObjectListKind, from: Int64, to: Int64) -> Int {
        let width = ActivityProfile.bucketMilliseconds
        var total: Int64 = 0
        var index = from / width
        while index * width < to {
            let counts = task.counts(bucket: index, now: to, speed: speed)
            total += kind == .failed ? counts.failed : counts.skipped
            index += 1
        }
        return Int(total)
    }

    /// The file's text.
    func content(of file: File) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(file.lines * 120)
        let seed = DeterministicRandom.mix(UInt64(truncatingIfNeeded: task.info.id.hashValueStable) ^ UInt64(file.from))
        let step = max(1, (file.to - file.from) / Int64(max(1, file.lines)))
        let source = task.info.srcBucket ?? "source"
        for line in 0..<file.lines {
            let pick = DeterministicRandom.mix(seed &+ UInt64(line))
            let reason = file.kind == .failed ? Self.failures[Int(pick % UInt64(Self.failures.count))] : Self.ignored
            let name = Self.name(source: source, time: file.from, line: line, pick: pick)
            let fields = [
                reason.text, Self.regionTime(file.from + Int64(line) * step), PercentEncoding.encode(name), name, reason.code,
            ]
            out += Array(fields.joined(separator: "\t").utf8)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// A source object's name: a dated folder and a file, some with a space, a plus, a comma or
    /// Chinese in them, as real buckets have.
    private static func name(source: String, time: Int64, line: Int, pick: UInt64) -> String {
        let day = compact(time).prefix(8)
        let file = String(pick >> 40, radix: 16)
        switch line % 11 {
        case 3: return "\(source)/\(day)/report \(line).pdf"
        case 5: return "\(source)/\(day)/照片/猫-\(line).jpg"
        case 7: return "\(source)/\(day)/a+b,\(line).csv"
        default: return "\(source)/\(day)/\(file)-\(line).log.gz"
        }
    }

    /// Why objects fail, with the source SDK's error code.
    static let failures: [(text: String, code: String)] = [
        ("The object does not exist in the source bucket", "NoSuchKey"),
        ("Access to the source object was denied", "AccessDenied"),
        ("Reading the source object timed out", "RequestTimeout"),
        ("The source object changed while it was copied", "PreconditionFailed"),
    ]
    static let ignored = (text: "The destination already holds this object, as new", code: "ObjectExists")

    /// `yyyyMMddHHmmss` in UTC, as the list files are named.
    static func compact(_ milliseconds: Int64) -> String {
        SigningDate.format(epochSeconds: milliseconds / 1000).filter(\.isNumber)
    }

    /// `yyyy-MM-dd HH:mm:ss` in the region's zone (UTC+8).
    static func regionTime(_ milliseconds: Int64) -> String {
        let digits = Array(compact(milliseconds + 8 * hour))
        func part(_ range: Range<Int>) -> String { String(digits[range]) }
        return "\(part(0..<4))-\(part(4..<6))-\(part(6..<8)) \(part(8..<10)):\(part(10..<12)):\(part(12..<14))"
    }
}

extension String {
    /// A hash that is the same in every run (`hashValue` is seeded per process).
    var hashValueStable: Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int64(bitPattern: hash)
    }
}
