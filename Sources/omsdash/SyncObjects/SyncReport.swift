import DashboardCore
import FoundationEssentials
import OMSCore

/// What `sync-objects` prints on standard output as it goes: with `--format json`, one JSON object
/// written batch by batch (so a list of any length streams); as text, one line per batch in a dry
/// run and one summary line at the end.
struct SyncReport {
    /// One batch as sent, or as it would be.
    struct Batch: Encodable {
        var batch: Int
        var names: [String]
        var objectKeys: [String]
        var status: String

        enum CodingKeys: String, CodingKey {
            case batch, names, status
            case objectKeys = "object_keys"
        }
    }

    /// Why the run stopped early.
    struct Failure: Encodable {
        var batch: Int
        var errorCode: String?
        var message: String
        /// What `--skip` resumes with: every name before the failed batch.
        var resumeSkip: Int

        enum CodingKeys: String, CodingKey {
            case batch, message
            case errorCode = "error_code"
            case resumeSkip = "resume_skip"
        }
    }

    let json: Bool
    let dryRun: Bool
    private var batches = 0

    /// Starts the report: for JSON, the object's opening up to its list of batches.
    init(json: Bool, dryRun: Bool, taskID: String, syncURL: String?) throws {
        self.json = json
        self.dryRun = dryRun
        if json {
            let head = try Self.encode(taskID)
            let url = try syncURL.map(Self.encode) ?? "null"
            Console.write("{\"task_id\": \(head), \"sync_url\": \(url), \"dry_run\": \(dryRun), \"batches\": [", to: 1)
        }
    }

    /// A batch sent, failed, or (in a dry run) planned.
    mutating func add(_ batch: Batch) throws {
        if json {
            Console.write((batches == 0 ? "\n" : ",\n") + (try Self.encode(batch)), to: 1)
        } else if dryRun {
            Console.line("batch \(batch.batch): \(batch.objectKeys.joined(separator: " "))")
        }
        batches += 1
    }

    /// Ends the report with what was sent and, when a batch failed, why.
    func finish(names: Int, batches sent: Int, taskID: String, failure: Failure?) throws {
        if json {
            let failureText = try failure.map(Self.encode) ?? "null"
            Console.write("\n], \"sent\": {\"names\": \(dryRun ? 0 : names), \"batches\": \(dryRun ? 0 : sent)}, \"failure\": \(failureText)}\n", to: 1)
        } else if failure == nil {
            let what = "\(HumanUnits.grouped(Int64(names))) name\(names == 1 ? "" : "s") in \(sent) batch\(sent == 1 ? "" : "es")"
            Console.line(dryRun ? "would send \(what) to task \(taskID)" : "sent \(what) to task \(taskID)")
        }
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
