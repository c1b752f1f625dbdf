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
            Example:
              omsdash show d18befdd-eb82-41f3-8019-bbb593d74a3e --format json
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The sync task id.") var taskID: String
    @Option(help: "Output: table, json or csv.") var format: OutputFormat = .table

    func run() async {
        await CommandRunner.run {
            let settings = try connection.settings()
            let profile = try await ClientFactory.profile(holding: taskID, settings: settings)
            let task = try await ClientFactory.withClient(for: profile, settings: settings) { try await $0.showTask(taskID) }
            switch format {
            case .json: Console.line(try JSONOutput.string(task))
            case .csv:
                let fields = TaskFields.rows(of: task, rawValues: true)
                Console.line(TextTable(headers: fields.map(\.key), rows: [fields.map(\.value)]).renderCSV())
            case .table:
                let fields = TaskFields.rows(of: task, rawValues: false)
                Console.line(TextTable(headers: ["FIELD", "VALUE"], rows: fields.map { [$0.key, $0.value] }).renderTable())
            }
        }
    }
}
