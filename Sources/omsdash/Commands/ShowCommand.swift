import ArgumentParser
import DashboardCore
import FoundationEssentials
import OMSCore

/// `omsdash show TASK_ID`: every field of one task, with this month's counters.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show every field of one sync task, with this month's counters.",
        discussion: """
            The table ends with sync_url, the task's synchronization URL: where the source side's event \
            notifications POST the names of changed objects (see sync-objects).

            Example:
              omsdash show d18befdd-eb82-41f3-8019-bbb593d74a3e --format json
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The sync task id.") var taskID: String
    @Option(help: "Output: table, json or csv.") var format: OutputFormat = .table

    func run() async {
        await CommandRunner.run {
            let settings = try await connection.settings()
            let profile = try await ClientFactory.profile(holding: taskID, settings: settings)
            let (task, syncURL) = try await ClientFactory.withClient(for: profile, settings: settings) { client in
                (try await client.showTask(taskID), client.syncEventsURL(taskID: taskID))
            }
            switch format {
            case .json: Console.line(try JSONOutput.string(task))
            case .csv:
                let fields = TaskFields.rows(of: task, rawValues: true)
                Console.line(TextTable(headers: fields.map(\.key), rows: [fields.map(\.value)]).renderCSV())
            case .table:
                // The synchronization URL is not a field of the API's answer: the table names it for
                // people to paste into the source side's event notifications.
                let fields = TaskFields.rows(of: task, rawValues: false) + [TaskFields.Row(key: "sync_url", value: syncURL)]
                Console.line(TextTable(headers: ["FIELD", "VALUE"], rows: fields.map { [$0.key, $0.value] }).renderTable())
            }
        }
    }
}
