/// What a task's lists hold, read in reading order: each name once (its newest line wins, and
/// `filter` is asked of that line), the counts by reason and by error code over every name taken,
/// the first `limit` objects kept to show,
/// and every unreadable line. Each name is remembered by a 128-bit keyed hash, so memory grows by
/// 16 bytes a distinct name, whatever the names' length.
public struct ObjectListSummary: Sendable, Equatable {
    public let kind: ObjectListKind
    public let bucket: String
    public let prefix: String
    /// Every list file read, in reading order.
    public private(set) var files: [ObjectListFile] = []
    /// The subtasks of every list file found, read or left out by the filter, in reading order.
    public private(set) var subtasks: [String] = []
    /// The first `limit` distinct objects, in reading order.
    public private(set) var objects: [ListedObject] = []
    public private(set) var unreadable: [UnreadableLine] = []
    /// Distinct names read.
    public private(set) var total = 0
    public var byReason: [String: Int] { reasons.counts }
    public var byErrorCode: [String: Int] { errorCodes.counts }
    private var reasons = ValueTally()
    private var errorCodes = ValueTally()
    /// Lines read as objects, repeats across lists included.
    public private(set) var lines = 0
    public let limit: Int
    public let filter: ListedObjectFilter
    /// Distinct names read, taken by the filter or not.
    public private(set) var distinct = 0
    private var seen: Set<NameDigest> = []

    /// The most unreadable lines kept; past it they are counted only.
    public static let unreadableKept = 1000
    public private(set) var unreadableCount = 0

    public init(kind: ObjectListKind, bucket: String, prefix: String, limit: Int = .max, filter: ListedObjectFilter = ListedObjectFilter()) {
        self.filter = filter
        self.kind = kind
        self.bucket = bucket
        self.prefix = prefix
        self.limit = limit
    }

    /// Records the files found and those of them about to be read, and makes room for the names
    /// they may hold (a line takes about 100 bytes).
    public mutating func found(_ found: [ObjectListFile], reading files: [ObjectListFile]) {
        self.files = files
        var seenSubtasks: Set<String> = []
        subtasks = found.map(\.subtask).filter { seenSubtasks.insert($0).inserted }
        seen.reserveCapacity(Int(min(files.reduce(0) { $0 + $1.size } / 100, 1_000_000)))
    }

    /// Adds one object; false when its name was seen already (in a newer list) or the filter
    /// leaves it out.
    @discardableResult
    public mutating func add(_ object: ListedObject) -> Bool {
        lines += 1
        guard seen.insert(NameDigest(object.name)).inserted else { return false }
        distinct += 1
        guard filter.matches(object) else { return false }
        total += 1
        reasons.add(object.reason ?? "")
        errorCodes.add(object.errorCode ?? "")
        if objects.count < limit { objects.append(object) }
        return true
    }

    public mutating func add(_ line: UnreadableLine) {
        unreadableCount += 1
        if unreadable.count < Self.unreadableKept { unreadable.append(line) }
    }

    /// The counts of a table, largest first (ties by name), "" written as `unknown`.
    public static func ranked(_ counts: [String: Int]) -> [(value: String, count: Int)] {
        counts.map { (value: $0.key, count: $0.value) }.sorted { ($0.count, $1.value) > ($1.count, $0.value) }
    }

    /// When the newest list was written, as the bucket says.
    public var newestWritten: String? { files.map(\.lastModified).max() }
}

/// What the newest lists of a task hold, in short: the detail pane's line.
public struct ObjectListGlance: Sendable, Hashable {
    /// Distinct names in the newest list of each subtask.
    public var names: Int
    /// Every list of the task, older ones included.
    public var lists: Int
    /// When the newest was written (ISO 8601, UTC); nil without any list.
    public var newestWritten: String?

    public init(names: Int, lists: Int, newestWritten: String?) {
        self.names = names
        self.lists = lists
        self.newestWritten = newestWritten
    }
}

/// A name's 128-bit keyed hash: what the summary remembers of each name it saw. It is two
/// SipHash values of the name under the process's random key, told apart by a first byte, so that
/// two names share one (and the second is taken for a repeat) with a chance of about 2^-128 a
/// pair, whoever wrote the names.
struct NameDigest: Hashable, Sendable {
    let high: Int
    let low: Int

    init(_ name: String) {
        var name = name
        (high, low) = name.withUTF8 { bytes in
            func hash(_ domain: UInt8) -> Int {
                var hasher = Hasher()
                hasher.combine(domain)
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
                return hasher.finalize()
            }
            return (hash(0), hash(1))
        }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(low) }
}
