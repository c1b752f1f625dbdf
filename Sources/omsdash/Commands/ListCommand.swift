import ArgumentParser
import DashboardCore
import MonitorRuntime
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
            if settings.profiles.count == 1 { _ = try outcomes[0].get() }
            var results: [ProfileTasks] = []
            var failed: [(profile: String, error: any Error)] = []
            for (profile, outcome) in zip(settings.profiles, outcomes) {
                switch outcome {
                case .success(let tasks): results.append(ProfileTasks(profile: profile.name, region: profile.region, tasks: tasks, count: tasks.count))
                case .failure(let error): failed.append((profile.name, error))
                }
            }
            Console.line(try render(results, several: settings.profiles.count > 1))
            // Several profiles: what could be listed is, and each profile that could not is one line.
            for (profile, error) in failed {
                let report = await FetchRunner.attempt { throw error }.failure
                Console.error("omsdash: \(profile): \(report?.message ?? "\(error)")")
            }
            if !failed.isEmpty {
                throw CommandFailure.api(Wording(.failureProfilesNotListed, [
                    "count": String(failed.count), "total": String(settings.profiles.count),
                ]))
            }
        }
    }

    private func render(_ results: [ProfileTasks], several: Bool) throws -> String {
        switch format {
        case .json:
            if !several, results.count == 1 { return try JSONOutput.string(SyncTaskPage(tasks: results[0].tasks, count: Int64(results[0].count))) }
            return try JSONOutput.string(results)
        case .csv, .table:
            let time = LocalTime.system
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
