import MonitorCore
import MonitorRuntime
import OMSCore
import OMSSimulator

/// What a face without a screen (`watch`, `exporter`) runs with: the settings, one client per
/// profile, a monitor loop over them, and for `--demo` the simulator serving them.
struct MonitorSetup {
    let settings: Settings
    let clients: ClientPool
    let loop: MonitorLoop
    let simulator: SimulatorServer?
    /// The organizations' rediscovery, running from the start.
    let organizations: OrganizationFeed

    /// Connects to every profile that `watches` takes, the config's and the organizations' alike
    /// (discovering project ids); `face` names the mode in the User-Agent. Clients never retry
    /// unless `retries`: the monitor's schedule retries within the budget.
    static func make(
        face: String, demo: Bool, world: SimulatorWorldOptions, connection: ConnectionOptions, polling: PollingValues,
        retries: Bool = false, watches: @escaping @Sendable (String) -> Bool = { _ in true },
        adjust: (inout AlertSettings) -> Void = { _ in }
    ) async throws -> MonitorSetup {
        var (settings, simulator) = try await RunSettings.load(
            demo: demo, world: world, connection: connection, polling: polling, face: face)
        settings.profiles.removeAll { !watches($0.name) }
        let clients: ClientPool, profiles: [Monitor.Profile]
        do {
            (clients, profiles) = try await ClientFactory.clients(for: settings, retry: retries ? RetryPolicy() : .never, face: face)
        } catch {
            await simulator?.stop()
            throw error
        }
        var alerts = settings.alerts
        adjust(&alerts)
        let monitor = Monitor(
            profiles: profiles,
            settings: MonitorSettings(settings, alerts: alerts, unattended: true))
        let feed = CredentialFeed(profiles: settings.profiles, registry: settings.credentials)
        let organizations = OrganizationFeed(settings: settings, clients: clients, credentials: feed, watches: watches)
        organizations.start()
        return MonitorSetup(
            settings: settings, clients: clients,
            loop: MonitorLoop(monitor: monitor, clients: clients, credentials: feed, organizations: organizations),
            simulator: simulator, organizations: organizations)
    }

    func shutdown() async {
        organizations.stop()
        settings.credentials.stop()
        await clients.shutdown()
        await simulator?.stop()
    }
}
