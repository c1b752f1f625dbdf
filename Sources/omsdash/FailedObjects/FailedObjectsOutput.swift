import OMSCore

/// `omsdash failed`'s output: for people, the counts by reason and by error code, then the
/// objects, then the lines that could not be read; for programs, every object as JSON or CSV.
struct FailedObjectsOutput {
    let summary: ObjectListSummary
    let taskID: String
    let language: Language

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json: try JSONOutput.string(JSONReport(summary, taskID: taskID))
        case .csv: objectTable(escaping: false).renderCSV()
        case .table: table()
        }
    }

    private func text(_ message: Message, _ values: [String: String] = [:]) -> String {
        Wording(message, values).text(language)
    }

    private func table() -> String {
        let values = ["id": taskID, "bucket": summary.bucket, "prefix": summary.prefix]
        guard !summary.files.isEmpty else {
            guard summary.subtasks.isEmpty else { return text(.listNoSubtaskMatches, ["subtasks": summary.subtasks.joined(separator: ", ")]) }
            return text(summary.kind == .failed ? .listNoneYet : .listNoneYetIgnored, values)
        }
        var blocks = [text(summary.kind == .failed ? .listSummary : .listSummaryIgnored, [
            "count": HumanUnits.grouped(Int64(summary.total)), "lists": HumanUnits.grouped(Int64(summary.files.count)),
            "bucket": summary.bucket, "written": Self.written(summary.newestWritten ?? ""),
        ])]
        if summary.total == 0, !summary.filter.isEmpty {
            blocks.append(text(.listNothingMatches, ["count": HumanUnits.grouped(Int64(summary.distinct))]))
        } else if summary.total > 0 {
            blocks.append(counts("REASON", summary.byReason))
            blocks.append(counts("ERROR CODE", summary.byErrorCode))
            blocks.append(objectTable(escaping: true).renderTable())
        }
        if summary.objects.count < summary.total {
            blocks.append(text(.listShown, [
                "shown": HumanUnits.grouped(Int64(summary.objects.count)), "count": HumanUnits.grouped(Int64(summary.total)),
            ]))
        }
        if !summary.unreadable.isEmpty {
            blocks.append(summary.unreadable.map { line in
                text(.listUnreadable, ["line": String(line.line), "list": line.list, "text": line.text]).escapingControlCharacters
            }.joined(separator: "\n"))
            let more = summary.unreadableCount - summary.unreadable.count
            if more > 0 { blocks.append(text(.listUnreadableMore, ["count": HumanUnits.grouped(Int64(more))])) }
        }
        return blocks.joined(separator: "\n\n")
    }

    private func counts(_ heading: String, _ counts: [String: Int]) -> String {
        var table = TextTable(headers: [heading, "OBJECTS"], rows: [], rightAligned: [1])
        for (value, count) in ObjectListSummary.ranked(counts) {
            table.rows.append([value.isEmpty ? text(.listUnknown) : value, HumanUnits.grouped(Int64(count))])
        }
        return table.renderTable()
    }

    static let headers = ["OBJECT", "REASON", "ERROR CODE", "TIME", "LIST", "LINE"]

    private func objectTable(escaping: Bool) -> TextTable {
        var table = TextTable(headers: Self.headers, rows: [], rightAligned: [5])
        for object in summary.objects {
            table.rows.append(Self.cells(object, list: escaping ? Self.shortList(object.list, prefix: summary.prefix) : object.list))
        }
        return table
    }

    private static func cells(_ object: ListedObject, list: String) -> [String] {
        [object.name, object.reason ?? "", object.errorCode ?? "", object.time ?? "", list, String(object.line)]
    }

    /// The CSV's first line, and one object's line, for CSV written as the lists are read.
    static var csvHeader: String { headers.map(CSVField.text).joined(separator: ",") }
    static func csvRow(_ object: ListedObject) -> String { cells(object, list: object.list).map(CSVField.text).joined(separator: ",") }

    /// A list's key without the task's folder: `sync-20261201000000/20261207100000.failed_list.txt`.
    static func shortList(_ key: String, prefix: String) -> String {
        key.hasPrefix(prefix) ? String(key.dropFirst(prefix.count)) : key
    }

    /// `2026-12-07T02:00:00.000Z` as `2026-12-07 02:00:00 UTC`.
    static func written(_ iso: String) -> String {
        guard iso.count >= 19 else { return iso }
        return iso.prefix(10) + " " + iso.dropFirst(11).prefix(8) + " UTC"
    }

    /// The JSON answer: the lists read, every object, the counts and the unreadable lines.
    struct JSONReport: Encodable {
        var taskID: String
        var kind: ObjectListKind
        var bucket: String
        var prefix: String
        var lists: [ObjectListFile]
        var total: Int
        var byReason: [String: Int]
        var byErrorCode: [String: Int]
        var objects: [ListedObject]
        var unreadable: [UnreadableLine]
        var unreadableCount: Int

        init(_ summary: ObjectListSummary, taskID: String) {
            self.taskID = taskID
            kind = summary.kind
            bucket = summary.bucket
            prefix = summary.prefix
            lists = summary.files
            total = summary.total
            byReason = summary.byReason
            byErrorCode = summary.byErrorCode
            objects = summary.objects
            unreadable = summary.unreadable
            unreadableCount = summary.unreadableCount
        }

        enum CodingKeys: String, CodingKey {
            case taskID = "task_id", kind, bucket, prefix, lists, total, byReason = "by_reason", byErrorCode = "by_error_code"
            case objects, unreadable, unreadableCount = "unreadable_count"
        }
    }
}
