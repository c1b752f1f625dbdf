/// One list file in a destination bucket:
/// `oms/sync_task/<task>/failed_object_lists/<subtask>/<timestamp>.failed_list.txt`.
public struct ObjectListFile: Sendable, Hashable, Codable {
    public var key: String
    /// The sync subtask that wrote it (the folder between the kind's folder and the file).
    public var subtask: String
    public var size: Int64
    /// When it was written, as the bucket says (ISO 8601, UTC).
    public var lastModified: String

    /// The list file `object` is, when it is one of `kind` under `prefix`; nil for anything else
    /// (a folder marker, a file of another kind).
    public init?(_ object: StoredObject, kind: ObjectListKind, prefix: String) {
        guard object.key.hasPrefix(prefix), object.key.hasSuffix(kind.fileSuffix) else { return nil }
        let parts = object.key.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, !parts[0].isEmpty else { return nil }
        key = object.key
        subtask = String(parts[0])
        size = object.size
        lastModified = object.lastModified
    }

    enum CodingKeys: String, CodingKey {
        case key, subtask, size, lastModified = "last_modified"
    }

    /// The files in reading order: the subtask written last first, and in each subtask its newest
    /// list first, so that the newest word on an object is the one kept.
    public static func readingOrder(_ files: [ObjectListFile]) -> [ObjectListFile] {
        let newest = Dictionary(grouping: files, by: \.subtask).mapValues { $0.map(\.lastModified).max() ?? "" }
        return files.sorted { a, b in
            let (newestA, newestB) = (newest[a.subtask] ?? "", newest[b.subtask] ?? "")
            if newestA != newestB { return newestA > newestB }
            if a.subtask != b.subtask { return a.subtask < b.subtask }
            if a.lastModified != b.lastModified { return a.lastModified > b.lastModified }
            return a.key > b.key
        }
    }
}
