import ArgumentParser
import OMSCore

/// `omsdash failed TASK_ID`: the objects a task failed (or ignored), read from the lists OMS
/// writes into its destination bucket, with why, the error code, when, and the list they came from.
struct FailedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "failed",
        abstract: "Show which objects a sync task failed, and why, from the lists OMS writes into its destination bucket.",
        discussion: """
            OMS writes the objects a task could not synchronize into the task's destination bucket, \
            under oms/sync_task/TASK_ID/failed_object_lists/SUBTASK/TIME.failed_list.txt. This reads \
            every list with the profile's key (which needs obs:bucket:ListBucket and \
            obs:object:GetObject on the bucket), the newest list of each subtask first, each name \
            once (its newest line), and counts them by reason and by error code. A line that cannot \
            be read is shown as it is, with its list and line number. The bucket is read at \
            obs_endpoint, else at OBS's endpoint of the task's destination region.

            Exit codes: 0 read (a task without any list yet says so), 1 the API, OBS or the network \
            failed, 2 bad input.

            Examples:
              omsdash failed d18befdd-eb82-41f3-8019-bbb593d74a3e
              omsdash failed d18befdd-eb82-41f3-8019-bbb593d74a3e --format csv > failed.csv
              omsdash failed d18befdd-eb82-41f3-8019-bbb593d74a3e --subtask 'sync-20261207*' --error-code AccessDenied
              omsdash failed d18befdd-eb82-41f3-8019-bbb593d74a3e --format json | jq -r '.objects[].name'
              omsdash sync-objects d18befdd-eb82-41f3-8019-bbb593d74a3e --from-failed --error-code RequestTimeout
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The sync task id.") var taskID: String
    @Option(help: "Output: table, json or csv.") var format: OutputFormat = .table
    @Option(help: "Objects shown in the table (json and csv give all unless given).") var limit: Int?
    @Flag(help: "The ignored objects' lists, not the failed ones'.") var ignored = false
    @Option(help: "Only objects whose reason matches this glob (*, ?, [a-z]; any case).") var reason: String?
    @Option(help: "Only objects with this error code, such as NoSuchKey.") var errorCode: String?
    @Option(help: "Only the lists of the subtasks (runs) whose name matches this glob, such as 'sync-20261207*'.") var subtask: String?

    /// The table's rows unless --limit says otherwise.
    static let defaultTableLimit = 50

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError(.optionLimit) }
        if let reason, AccountPattern(reason) == nil { throw ValidationError(.optionGlob, ["option": "--reason"]) }
        if let subtask, AccountPattern(subtask) == nil { throw ValidationError(.optionGlob, ["option": "--subtask"]) }
    }

    func run() async {
        await CommandRunner.run {
            let settings = try await connection.settings()
            let kind: ObjectListKind = ignored ? .ignored : .failed
            let filter = ListedObjectFilter(
                reason: reason.flatMap(AccountPattern.init), errorCode: errorCode, subtask: subtask.flatMap(AccountPattern.init))
            // CSV is written as the lists are read, so that its memory does not grow with them.
            let streams = format == .csv && limit == nil
            let shown = streams ? 0 : limit ?? (format == .table ? Self.defaultTableLimit : .max)
            if streams { Console.line(FailedObjectsOutput.csvHeader) }
            let summary = try await TaskListAccess.withReader(taskID: taskID, kind: kind, settings: settings) { reader in
                try await reader.summary(limit: shown, filter: filter, taken: streams ? { Console.line(FailedObjectsOutput.csvRow($0)) } : nil)
            }
            if !streams {
                Console.line(try FailedObjectsOutput(summary: summary, taskID: taskID, language: FailureLanguage.current).render(format))
            }
        }
    }
}
