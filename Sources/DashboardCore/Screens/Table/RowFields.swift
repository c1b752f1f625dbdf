import MonitorCore
import OMSCore

#if canImport(Glibc)
import Glibc
#endif

/// What the table sorts and filters one task by, computed once per change of the task, so that a
/// re-sort or a filter keystroke over 10,000 tasks reads no task and builds no string. Immutable and
/// shared: a sort moves references, not a dozen arrays each.
final class RowFields: Sendable {
    let key: TaskKey
    /// The lowercased UTF-8 text the filter searches: id, buckets, regions, description, cloud, profile.
    let searchText: [UInt8]
    /// What the filter's qualifiers match, lowercased: the profile's name; the profile's and the
    /// source's regions; the source cloud; the status.
    let profile: [UInt8]
    let regions: [UInt8]
    let cloud: [UInt8]
    let statusLowercased: [UInt8]
    /// The member account and organization of the profile, lowercased; empty for a profile written in the config.
    let account: [UInt8]
    let organization: [UInt8]
    let isSynchronizing: Bool
    let status: [UInt8]
    let lastStart: Int64
    let source: [UInt8]
    let destination: [UInt8]
    let description: [UInt8]
    let id: [UInt8]
    let requested: Int64
    let failed: Int64
    let size: Int64
    let successRate: Double

    init(key: TaskKey, task: SyncTask, profileRegion: String, account: String? = nil, organization: String? = nil) {
        self.key = key
        self.account = Array((account ?? "").lowercased().utf8)
        self.organization = Array((organization ?? "").lowercased().utf8)
        searchText = Array((Self.haystack(of: task) + " " + key.profile.lowercased()).utf8)
        profile = Array(key.profile.lowercased().utf8)
        regions = Array([profileRegion, task.srcRegion ?? ""].joined(separator: " ").lowercased().utf8)
        cloud = Array((task.srcCloudType?.rawValue ?? "").lowercased().utf8)
        statusLowercased = Array(TaskText.status(task).lowercased().utf8)
        isSynchronizing = task.status == .synchronizing
        status = Array(TaskText.status(task).utf8)
        lastStart = task.lastStartTime ?? 0
        source = Array(TaskText.source(task).utf8)
        destination = Array(TaskText.destination(task).utf8)
        description = Array((task.description ?? "").utf8)
        id = Array(task.id.utf8)
        requested = task.monthly?.requested ?? -1
        failed = task.monthly?.failed ?? -1
        size = task.monthly?.bytes ?? -1
        successRate = task.monthly?.successRate ?? 2
    }

    /// The text the filter searches, lowercased.
    static func haystack(of task: SyncTask) -> String {
        [task.id, task.srcBucket, task.dstBucket, task.srcRegion, task.dstRegion, task.description, task.srcCloudType?.rawValue]
            .compactMap { $0 }.joined(separator: " ").lowercased()
    }

    /// Whether `self` comes before `other` in `column` (ascending: most work first for counts,
    /// newest first for the last start), ties broken by profile and id.
    func precedes(_ other: RowFields, by column: SortColumn, descending: Bool) -> Bool {
        let order = compare(other, by: column)
        if order != 0 { return descending ? order > 0 : order < 0 }
        return key < other.key
    }

    /// Negative, zero or positive as `self` sorts before, with, or after `other` in `column`.
    func compare(_ other: RowFields, by column: SortColumn) -> Int {
        switch column {
        case .status:
            if isSynchronizing != other.isSynchronizing { return isSynchronizing ? -1 : 1 }
            return Self.compare(status, other.status)
        case .profile: return Self.compare(profile, other.profile)
        case .lastStart: return Self.compare(other.lastStart, lastStart)
        case .source: return Self.compare(source, other.source)
        case .destination: return Self.compare(destination, other.destination)
        case .description: return Self.compare(description, other.description)
        case .requested: return Self.compare(other.requested, requested)
        case .failed: return Self.compare(other.failed, failed)
        case .size: return Self.compare(other.size, size)
        case .successRate: return successRate < other.successRate ? -1 : successRate > other.successRate ? 1 : 0
        case .id: return Self.compare(id, other.id)
        }
    }

    /// Whether the task sorts the same in `column` as `other` (a refresh then needs no re-sort).
    func sortsLike(_ other: RowFields, in column: SortColumn) -> Bool { compare(other, by: column) == 0 }

    private static func compare(_ a: Int64, _ b: Int64) -> Int { a < b ? -1 : a > b ? 1 : 0 }

    /// Byte-wise order of two UTF-8 texts.
    private static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let common = min(a.count, b.count)
        let order = a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in common == 0 ? 0 : Int(memcmp(pa.baseAddress!, pb.baseAddress!, common)) }
        }
        return order != 0 ? order : a.count - b.count
    }
}
