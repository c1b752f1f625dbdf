import FoundationEssentials
import OMSCore
import OMSSimulator

/// `--demo`: the simulator in-process on a free loopback port, and settings that point at it
/// through the real HTTP and signing path.
enum DemoWorld {
    static func start(_ options: SimulatorWorldOptions, polling: PollingValues) async throws -> (SimulatorServer, Settings) {
        let server = try await options.startServer(host: "127.0.0.1", port: 0, demo: true)
        let identity = server.service.identity
        let profile = Profile(
            name: "demo", region: server.service.region, endpoint: try Endpoint(parsing: server.endpoint),
            iamEndpoint: try Endpoint(parsing: server.endpoint), obsEndpoint: try Endpoint(parsing: server.endpoint),
            projectID: identity.projectID,
            credentials: .accessKey(id: identity.accessKey, secret: identity.secretKey))
        let keys = identity.taskKeys
        let store = TaskCredentialStore(entries: [:], environment: [
            "OMSDASH_SRC_AK": keys.srcAK, "OMSDASH_SRC_SK": keys.srcSK.reveal(),
            "OMSDASH_DST_AK": keys.dstAK, "OMSDASH_DST_SK": keys.dstSK.reveal(),
        ])
        let settings = Settings(
            profiles: [profile], refreshSeconds: polling.refreshSeconds ?? Settings.defaultRefreshSeconds,
            requestsPerMinute: polling.requestsPerMinute ?? Settings.defaultRequestsPerMinute, connectTimeout: 2,
            requestTimeout: 10, taskCredentials: store)
        return (server, settings)
    }
}
