import MonitorCore
import MonitorRuntime
import OMSCore
import OMSSimulator

/// What a face without a screen (`watch`, `exporter`) runs with: the settings, one client per
/// profile, a monitor loop over them, and for `--demo` the simulator serving them.
struct MonitorSetup {
    let settings: Settings
    let clients: [String: OMSClient]
    let loop: MonitorLoop
    let simulator: SimulatorServer?

    /// Connects to every profile (discovering project ids). Clients never retry unless `retries`:
    /// the monitor's schedule retries within the budget.
    static func make(
        demo: Bool, world: SimulatorWorldOptions, connection: ConnectionOptions, polling: PollingValues,
        retries: Bool = false, adjust: (inout AlertSettings) -> Void = { _ in }
    ) async throws -> MonitorSetup {
        var simulator: SimulatorServer?
        let settings: Settings
        if demo {
            let (server, demoSettings) = try await DemoWorld.start(world, polling: polling)
            simulator = server
            settings = demoSettings
        } else {
            settings = try connection.settings(
                refreshSeconds: polling.refreshSeconds, requestsPerMinute: polling.requestsPerMinute)
        }
        var clients: [String: OMSClient] = [:]
        var profiles: [Monitor.Profile] = []
        do {
            for profile in settings.profiles {
                let client = try await ClientFactory.client(
                    for: profile, settings: settings, retry: retries ? RetryPolicy() : .never)
                clients[profile.name] = client
                profiles.append(.init(name: profile.name, region: profile.region, projectID: client.configuration.projectID))
            }
        } catch {
            for client in clients.values { await client.shutdown() }
            await simulator?.stop()
            throw error
        }
        var alerts = settings.alerts
        adjust(&alerts)
        let monitor = Monitor(
            profiles: profiles,
            settings: MonitorSettings(
                refreshSeconds: settings.refreshSeconds, requestsPerMinute: settings.requestsPerMinute, alerts: alerts))
        return MonitorSetup(settings: settings, clients: clients, loop: MonitorLoop(monitor: monitor, clients: clients), simulator: simulator)
    }

    func shutdown() async {
        for client in clients.values { await client.shutdown() }
        await simulator?.stop()
    }
}
