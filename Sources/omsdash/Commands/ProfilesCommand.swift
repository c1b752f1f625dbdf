import ArgumentParser
import DashboardCore
import MonitorCore
import MonitorRuntime
import OMSCore

/// `omsdash profiles`: every profile with its region, project, credential source, key and
/// health, each asked at once: who omsdash is in each account, and whether it can get in.
struct ProfilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "List every profile: region, project, credential source, key (masked), expiry and health.",
        discussion: """
            Each profile gets its key (assuming its agency, or asking the ECS metadata or IAM for \
            temporary keys), discovers its project when the config names none, and lists one task. \
            Exit code 1 when any profile cannot be used. An AK is shown masked, never an SK or a token.

            Examples:
              omsdash profiles
              omsdash profiles --format json | jq '.[] | select(.health != "ok")'
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "Output: table, json or csv.") var format: OutputFormat = .table

    /// One profile as listed.
    struct Row: Encodable {
        var profile: String
        var region: String
        var projectID: String?
        var credentials: String
        var temporary: Bool
        var accessKey: String?
        /// When the key expires, UTC, as IAM writes it.
        var expiresAt: String?
        var health: String
        var tasks: Int64?
        var error: String?

        enum CodingKeys: String, CodingKey {
            case profile, region, credentials, temporary, health, tasks, error
            case projectID = "project_id", accessKey = "access_key", expiresAt = "expires_at"
        }
    }

    func run() async {
        await CommandRunner.run {
            let settings = try await connection.settings()
            let tasks = settings.profiles.map { profile in
                Task { () -> Row in await Self.row(for: profile, settings: settings) }
            }
            var rows: [Row] = []
            for task in tasks { rows.append(await task.value) }
            Console.line(try render(rows))
            let unhealthy = rows.filter { $0.health != "ok" }.count
            if unhealthy > 0 {
                throw CommandFailure.api(Wording(.failureProfilesUnhealthy, ["count": String(unhealthy), "total": String(rows.count)]))
            }
        }
    }

    /// Gets the profile's key and project and lists one task.
    private static func row(for profile: Profile, settings: Settings) async -> Row {
        var projectID = profile.projectID
        var count: Int64?
        var failure: ErrorReport?
        do {
            count = try await ClientFactory.withClient(for: profile, settings: settings) { client in
                projectID = client.configuration.projectID
                return try await client.listTasks(limit: 1).count
            }
        } catch {
            failure = await FetchRunner.attempt { throw error }.failure
        }
        let status = profile.credentials.status
        return Row(
            profile: profile.name, region: profile.region, projectID: projectID, credentials: status.source,
            temporary: status.isTemporary, accessKey: status.key,
            expiresAt: status.expiresAt.map { ExpiryTime.format(milliseconds: $0) },
            health: failure == nil ? "ok" : "error", tasks: count, error: failure?.message)
    }

    private func render(_ rows: [Row]) throws -> String {
        if format == .json { return try JSONOutput.string(rows) }
        let time = LocalTime()
        var table = TextTable(
            headers: ["PROFILE", "REGION", "PROJECT", "CREDENTIALS", "KEY", "EXPIRES", "HEALTH"], rows: [])
        for row in rows {
            let key = (row.accessKey ?? "–") + (row.temporary ? " (temporary)" : " (permanent)")
            let expires = row.expiresAt.flatMap(ExpiryTime.parse).map { format == .csv ? row.expiresAt! : time.dateTime($0) }
            let health = row.error ?? "ok · \(row.tasks ?? 0) tasks"
            table.rows.append([row.profile, row.region, row.projectID ?? "–", row.credentials, key, expires ?? "–", health])
        }
        return format == .csv ? table.renderCSV() : table.renderTable()
    }
}
