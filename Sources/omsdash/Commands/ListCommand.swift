import ArgumentParser
import DashboardCore
import OMSCore

/// `omsdash list`: the tasks of every profile (or of one), every profile asked at once.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List sync tasks of every profile, or of the one named with --profile.",
        discussion: """
            Examples:
              omsdash list
              omsdash list --status STOPPED --format json | jq '.tasks[].sync_task_id'
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "Only tasks in this status: SYNCHRONIZING or STOPPED.") var status: String?
    @Option(help: "Output: table, json or csv.") var format: OutputFormat = .table

    /// One profile's answer.
    struct ProfileTasks: Encodable {
        var profile: String
        var region: String
        var tasks: [SyncTask]
        var count: Int
    }

    func validate() throws {
        if let status, !SyncTaskStatus(rawValue: status).isDocumented {
            throw ValidationError(.optionStatus)
        }
    }

    func run() async {
        await CommandRunner.run {
            let settings = try await connection.settings()
            let wanted = status.map { SyncTaskStatus(rawValue: $0) }
            let outcomes = await ClientFactory.eachProfile(of: settings) { client in try await client.listAllTasks(status: wanted) }
            let results = try zip(settings.profiles, outcomes).map { profile, outcome in
                let tasks = try outcome.get()
                return ProfileTasks(profile: profile.name, region: profile.region, tasks: tasks, count: tasks.count)
            }
            Console.line(try render(results))
        }
    }

    private func render(_ results: [ProfileTasks]) throws -> String {
        switch format {
        case .json:
            if results.count == 1 { return try JSONOutput.string(SyncTaskPage(tasks: results[0].tasks, count: Int64(results[0].count))) }
            return try JSONOutput.string(results)
        case .csv, .table:
            let several = results.count > 1
            let time = LocalTime()
            var table = TextTable(
                headers: (several ? ["PROFILE"] : []) + ["TASK ID", "STATUS", "SOURCE", "DESTINATION", "DESCRIPTION", "LAST START", "CREATED"],
                rows: [])
            for result in results {
                for task in result.tasks {
                    let lastStart = task.lastStartTime.map { format == .csv ? String($0) : time.dateTime($0) } ?? ""
                    let created = task.createTime.map { format == .csv ? String($0) : time.dateTime($0) } ?? ""
                    table.rows.append(
                        (several ? [result.profile] : [])
                            + [task.id, TaskText.status(task), TaskText.source(task), TaskText.destination(task),
                               task.description ?? "", lastStart, created])
                }
            }
            if format == .csv { return table.renderCSV() }
            return table.rows.isEmpty ? "no sync tasks" : table.renderTable()
        }
    }
}
