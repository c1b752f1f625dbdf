import MonitorCore
import MonitorRuntime
import OMSCore

/// Builds clients for profiles, discovering a missing project id through IAM.
enum ClientFactory {
    /// A client for `profile`; the caller shuts it down. `face` names the long-running mode in the User-Agent.
    static func client(
        for profile: Profile, settings: Settings, retry: RetryPolicy = RetryPolicy(), face: String? = nil
    ) async throws -> OMSClient {
        try await ClientPool.make(profile, options: options(settings, retry: retry, face: face), source: source(settings))
    }

    /// The clients of every profile of `settings`, and the profiles as the monitor names them.
    /// The config's own profiles are connected (their projects discovered) at once; with several,
    /// one that cannot be reached now starts unhealthy and is tried again by polling, while a
    /// mistake in the config, or a single profile that cannot be reached, stops the start with its
    /// one line. An organization's profiles get their clients when their first page 1 goes out,
    /// as `list` and the accounts that join later do: each account's agency key, project and first
    /// page follow one another, and the screen fills in as they come instead of after the last
    /// account's key.
    static func clients(for settings: Settings, retry: RetryPolicy, face: String) async throws
        -> (clients: ClientPool, profiles: [Monitor.Profile])
    {
        let pool = ClientPool(profiles: settings.profiles, options: options(settings, retry: retry, face: face), source: source(settings))
        let ids = await pool.connectAll { $0.organization == nil }
        for profile in settings.profiles {
            guard case .failure(let error) = ids[profile.name] else { continue }
            if error is ConfigurationError || settings.profiles.count == 1 {
                await pool.shutdown()
                throw error
            }
        }
        let profiles = settings.profiles.map { profile in
            Monitor.Profile(profile, projectID: try? ids[profile.name]?.get())
        }
        return (pool, profiles)
    }

    private static func options(_ settings: Settings, retry: RetryPolicy, face: String?) -> ClientPool.Options {
        ClientPool.Options(connectTimeout: settings.connectTimeout, requestTimeout: settings.requestTimeout, retry: retry, face: face)
    }

    private static func source(_ settings: Settings) -> String { settings.configPath ?? "the settings" }

    /// Runs `body` with a client for `profile` and shuts the client down afterwards.
    static func withClient<T>(
        for profile: Profile, settings: Settings, _ body: (OMSClient) async throws -> T
    ) async throws -> T {
        let client = try await client(for: profile, settings: settings)
        do {
            let result = try await body(client)
            await client.shutdown()
            return result
        } catch {
            await client.shutdown()
            throw error
        }
    }

    /// Runs `body` for every profile of `settings` at once, each with a client of its own; returns
    /// each profile's outcome in the config's order.
    static func eachProfile<T: Sendable>(
        of settings: Settings, _ body: @escaping @Sendable (OMSClient) async throws -> T
    ) async -> [Result<T, any Error>] {
        // One task each rather than a task group, as `ClientPool.connectAll` does.
        let tasks = settings.profiles.map { profile in
            Task { try await withClient(for: profile, settings: settings, body) }
        }
        var outcomes: [Result<T, any Error>] = []
        for task in tasks { outcomes.append(await task.result) }
        return outcomes
    }

    /// The profile holding `taskID`: the only one, the one named, or the first whose list has it
    /// (every list asked at once). A profile that could not be asked is the error when no other has it.
    static func profile(holding taskID: String, settings: Settings) async throws -> Profile {
        guard settings.profiles.count > 1 else { return settings.profiles[0] }
        let outcomes = await eachProfile(of: settings) { client in try await client.listAllTasks().contains { $0.id == taskID } }
        if let index = outcomes.firstIndex(where: { (try? $0.get()) == true }) { return settings.profiles[index] }
        for outcome in outcomes { _ = try outcome.get() }
        throw CommandFailure.api(Wording(.failureNoTaskInProfiles, [
            "id": taskID, "profiles": settings.profiles.map(\.name).joined(separator: ", "),
        ]))
    }
}
