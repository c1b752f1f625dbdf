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
            The accounts of an organization that are not active (suspended, closing) follow, with \
            their status. Exit code 1 when any profile cannot be used. An AK is shown masked, never \
            an SK or a token.

            Examples:
              omsdash profiles
              omsdash profiles --org corp --format json | jq '.[] | select(.health != "ok")'
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "Output: table, json or csv.") var format: OutputFormat = .table

    /// One profile as listed.
    struct Row: Encodable {
        var profile: String
        /// Nil for an account that is not active.
        var region: String?
        var projectID: String?
        var credentials: String?
        var temporary: Bool
        var accessKey: String?
        /// When the key expires, UTC, as IAM writes it.
        var expiresAt: String?
        var health: String
        var tasks: Int64?
        var error: String?
        /// The member account and organization, for a profile an organization's listing made.
        var account: String?
        var organization: String?

        enum CodingKeys: String, CodingKey {
            case profile, region, credentials, temporary, health, tasks, error, account, organization
            case projectID = "project_id", accessKey = "access_key", expiresAt = "expires_at"
        }

        /// Whether the row is an account that is not active, listed but never watched.
        var isInactiveAccount: Bool { health != "ok" && health != "error" }
    }

    func run() async {
        await CommandRunner.run {
            let settings = try await connection.settings()
            let tasks = settings.profiles.map { profile in
                Task { () -> Row in await Self.row(for: profile, settings: settings) }
            }
            var rows: [Row] = []
            for task in tasks { rows.append(await task.value) }
            rows += Self.inactiveAccounts(settings.organizations)
            Console.line(try render(rows))
            let unhealthy = rows.filter { $0.health == "error" }.count
            if unhealthy > 0 {
                let total = rows.filter { !$0.isInactiveAccount }.count
                throw CommandFailure.api(Wording(.failureProfilesUnhealthy, ["count": String(unhealthy), "total": String(total)]))
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
            health: failure == nil ? "ok" : "error", tasks: count, error: failure?.message, account: profile.account,
            organization: profile.organization)
    }

    /// The organizations' accounts that are not active, by the status Organizations gives them
    /// (lowercased, as SDK versions spell it either way).
    private static func inactiveAccounts(_ directory: OrganizationDirectory) -> [Row] {
        let latest = directory.latest
        let several = directory.organizations.count > 1
        return directory.organizations.flatMap { organization in
            (latest[organization.name]?.inactive ?? []).map { account in
                Row(
                    profile: (several ? organization.name + "/" : "") + account.name, region: nil, projectID: nil,
                    credentials: nil, temporary: false, accessKey: nil, expiresAt: nil, health: account.status.lowercased(),
                    tasks: nil, error: nil, account: account.name, organization: organization.name)
            }
        }
    }

    private func render(_ rows: [Row]) throws -> String {
        if format == .json { return try JSONOutput.string(rows) }
        let time = LocalTime.system
        var table = TextTable(
            headers: ["PROFILE", "REGION", "PROJECT", "CREDENTIALS", "KEY", "EXPIRES", "HEALTH"], rows: [])
        for row in rows {
            if row.isInactiveAccount {
                table.rows.append([row.profile, "–", "–", "–", "–", "–", "account \(row.health)"])
                continue
            }
            let key = (row.accessKey ?? "–") + (row.temporary ? " (temporary)" : " (permanent)")
            let expires = row.expiresAt.flatMap(ExpiryTime.parse).map { format == .csv ? row.expiresAt! : time.dateTime($0) }
            let health = row.error ?? "ok · \(row.tasks ?? 0) tasks"
            table.rows.append([row.profile, row.region ?? "–", row.projectID ?? "–", row.credentials ?? "–", key, expires ?? "–", health])
        }
        return format == .csv ? table.renderCSV() : table.renderTable()
    }
}
