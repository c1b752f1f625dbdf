import MonitorCore
import OMSCore

/// Builds clients for profiles, discovering a missing project id through IAM.
enum ClientFactory {
    /// A client for `profile`; the caller shuts it down. `face` names the long-running mode in the User-Agent.
    static func client(
        for profile: Profile, settings: Settings, retry: RetryPolicy = RetryPolicy(), face: String? = nil
    ) async throws -> OMSClient
    {
        let projectID: String
        if let known = profile.projectID {
            projectID = known
        } else if let iamEndpoint = profile.iamEndpoint {
            projectID = try await ProjectDiscovery.projectID(
                region: profile.region, iamEndpoint: iamEndpoint, credentials: profile.credentials,
                timeout: settings.requestTimeout, network: profile.network)
        } else {
            throw ConfigurationError.invalidValue(
                path: settings.configPath ?? "the settings", field: "profiles[\(profile.name)].project_id",
                reason: "no project id, and no IAM endpoint to discover it: set project_id or iam_endpoint")
        }
        return OMSClient(configuration: OMSClientConfiguration(
            endpoint: profile.endpoint, region: profile.region, projectID: projectID,
            credentials: profile.credentials, connectTimeout: settings.connectTimeout,
            requestTimeout: settings.requestTimeout, retry: retry, userAgent: OMSDashVersion.userAgent(face: face),
            network: profile.network))
    }

    /// A client for every profile of `settings`, by name, and the profiles as the monitor names
    /// them (with discovered project ids). If one cannot be made, the others are shut down.
    static func clients(for settings: Settings, retry: RetryPolicy, face: String) async throws
        -> (clients: [String: OMSClient], profiles: [Monitor.Profile])
    {
        var clients: [String: OMSClient] = [:]
        var profiles: [Monitor.Profile] = []
        do {
            for profile in settings.profiles {
                let client = try await client(for: profile, settings: settings, retry: retry, face: face)
                clients[profile.name] = client
                profiles.append(
                    .init(
                        name: profile.name, region: profile.region, projectID: client.configuration.projectID,
                        endpoint: client.configuration.endpoint))
            }
        } catch {
            for client in clients.values { await client.shutdown() }
            throw error
        }
        return (clients, profiles)
    }

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

    /// The profile holding `taskID`: the only one, the one named, or the first whose list has it.
    static func profile(holding taskID: String, settings: Settings) async throws -> Profile {
        guard settings.profiles.count > 1 else { return settings.profiles[0] }
        for profile in settings.profiles {
            let found = try await withClient(for: profile, settings: settings) { client in
                try await client.listAllTasks().contains { $0.id == taskID }
            }
            if found { return profile }
        }
        throw CommandFailure.api(
            "no task \(taskID) in any profile (\(settings.profiles.map(\.name).joined(separator: ", "))): check the id with `omsdash list`")
    }
}
