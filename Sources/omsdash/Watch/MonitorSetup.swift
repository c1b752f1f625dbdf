import MonitorCore
import MonitorRuntime
import OMSCore
import OMSSimulator

/// What a face without a screen (`watch`, `exporter`) runs with: the config as last read, one
/// client per profile, a monitor loop over them, and for `--demo` the simulator serving them. The
/// config can be read again while it runs (`reload()`).
final class MonitorSetup: Sendable {
    let live: LiveConfig
    let loop: MonitorLoop
    let simulator: SimulatorServer?
    /// How the face changes the config's alert settings.
    private let adjust: @Sendable (inout AlertSettings) -> Void

    /// The settings as last read.
    var settings: Settings { live.settings }
    /// The organizations' rediscovery in use.
    var organizations: OrganizationFeed { live.organizations }

    private init(live: LiveConfig, monitor: Monitor, simulator: SimulatorServer?, adjust: @escaping @Sendable (inout AlertSettings) -> Void) {
        self.live = live
        self.simulator = simulator
        self.adjust = adjust
        loop = MonitorLoop(monitor: monitor, clients: live.clients, credentials: live.credentials, organizations: live.organizations)
    }

    /// Connects to every profile that `watches` takes, the config's and the organizations' alike
    /// (discovering project ids); `face` names the mode in the User-Agent. Clients never retry
    /// unless `retries`: the monitor's schedule retries within the budget.
    static func make(
        face: String, demo: Bool, world: SimulatorWorldOptions, connection: ConnectionOptions, polling: PollingValues,
        retries: Bool = false, watches: @escaping @Sendable (String) -> Bool = { _ in true },
        adjust: @escaping @Sendable (inout AlertSettings) -> Void = { _ in }
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
        let reading = demo ? nil : LiveConfig.Reading(face: face, connection: connection, polling: polling)
        let live = LiveConfig(settings: settings, clients: clients, watches: watches, reading: reading)
        let monitor = Monitor(profiles: profiles, settings: monitorSettings(settings, adjust: adjust))
        return MonitorSetup(live: live, monitor: monitor, simulator: simulator, adjust: adjust)
    }

    private static func monitorSettings(_ settings: Settings, adjust: (inout AlertSettings) -> Void) -> MonitorSettings {
        var alerts = settings.alerts
        adjust(&alerts)
        return MonitorSettings(settings, alerts: alerts, unattended: true)
    }

    /// Reads the config again and applies it at once (`LiveConfig.readAgain`): the monitor drops
    /// the profiles gone with their series and alerts, watches the new ones from now, and keeps
    /// the others' tasks, counters and alerts. Returns what it changed, in words.
    func reload() async throws -> Wording {
        let adjust = self.adjust
        return try await live.readAgain { settings, change, organizations in
            let profiles = settings.profiles.map { Monitor.Profile($0) }
            let monitorSettings = Self.monitorSettings(settings, adjust: adjust)
            let restarting = change.restarting
            loop.reload(organizations: organizations) { monitor, now in
                monitor.takeConfig(profiles: profiles, restarting: restarting, settings: monitorSettings, now: now)
            }
            return LiveConfig.said(settings, change)
        }
    }

    func shutdown() async {
        await live.shutdown()
        await simulator?.stop()
    }
}
