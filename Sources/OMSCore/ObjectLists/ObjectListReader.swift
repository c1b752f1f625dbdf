/// Reads a task's object lists out of its destination bucket: lists the files of a kind, then
/// streams each in reading order through one line reader each, giving every object and every
/// unreadable line to the caller as it is read, so that memory stays flat whatever the lists hold.
public struct ObjectListReader: Sendable {
    public let storage: ObjectStorageClient
    public let bucket: String
    public let taskID: String
    public let kind: ObjectListKind

    public init(storage: ObjectStorageClient, bucket: String, taskID: String, kind: ObjectListKind) {
        self.storage = storage
        self.bucket = bucket
        self.taskID = taskID
        self.kind = kind
    }

    public var prefix: String { kind.prefix(taskID: taskID) }

    /// The list files of the task, in reading order.
    public func files() async throws -> [ObjectListFile] {
        let objects = try await storage.listAllObjects(bucket: bucket, prefix: prefix)
        return ObjectListFile.readingOrder(objects.compactMap { ObjectListFile($0, kind: kind, prefix: prefix) })
    }

    /// Reads `files` in order, each line to `line` as it is read; a file cut short ends with an
    /// unreadable line saying so, and the next file is read.
    public func read(_ files: [ObjectListFile], _ line: @escaping (ListLine) -> Void) async throws {
        for file in files {
            var splitter = NameLineSplitter()
            var lines = ObjectListLineReader(list: file.key)
            var received: Int64 = 0
            func take(_ number: Int, _ bytes: Result<UnsafeBufferPointer<UInt8>, SyncObjectName.Problem>) {
                switch bytes {
                case .success(let bytes):
                    if let listed = lines.read(bytes: bytes, number: number) { line(listed) }
                case .failure(let problem):
                    line(.unreadable(UnreadableLine(list: file.key, line: number, text: problem.message)))
                }
            }
            try await storage.readObject(bucket: bucket, key: file.key) { chunk in
                received += Int64(chunk.count)
                splitter.feed(chunk, bytes: take)
            }
            splitter.finish(bytes: take)
            if file.size > 0, received < file.size {
                line(.unreadable(UnreadableLine(
                    list: file.key, line: 0, text: Wording(.listTruncated, ["received": String(received), "size": String(file.size)]).english)))
            }
        }
    }

    /// How many names the newest list of each subtask holds, how many lists there are and when
    /// the newest was written: what the detail pane says, read without the older lists.
    public func glance() async throws -> ObjectListGlance {
        let files = try await files()
        var newest: [String: ObjectListFile] = [:]
        for file in files where newest[file.subtask] == nil { newest[file.subtask] = file }
        var summary = ObjectListSummary(kind: kind, bucket: bucket, prefix: prefix, limit: 0)
        try await read(files.filter { newest[$0.subtask] == $0 }) { line in
            if case .object(let object) = line { summary.add(object) }
        }
        return ObjectListGlance(names: summary.total, lists: files.count, newestWritten: files.map(\.lastModified).max())
    }

    /// Every list of the task (of the subtasks `filter` reads) read into a summary that keeps the
    /// first `limit` objects `filter` takes; `taken` sees every object taken as it is read, kept or not.
    public func summary(
        limit: Int = .max, filter: ListedObjectFilter = ListedObjectFilter(), taken: ((ListedObject) -> Void)? = nil
    ) async throws -> ObjectListSummary {
        var summary = ObjectListSummary(kind: kind, bucket: bucket, prefix: prefix, limit: limit, filter: filter)
        let found = try await files()
        let files = found.filter(filter.reads)
        summary.found(found, reading: files)
        try await read(files) { line in
            switch line {
            case .object(let object): if summary.add(object) { taken?(object) }
            case .unreadable(let unreadable): summary.add(unreadable)
            }
        }
        return summary
    }
}
