import DashboardCore
import DashboardRuntime
import FoundationEssentials
import MonitorCore
import MonitorRuntime
import OMSCore
import OMSSimulator

/// What a dashboard or snapshot runs with: the config as last read with the profiles' clients,
/// the first state, and (for `--demo`) the simulator serving them.
struct DashboardSession {
    let state: AppState
    /// The config, its clients and renewals, and its reading again on the reload key.
    let live: LiveConfig
    /// The readings of the config, one at a time.
    private let readings: ReloadQueue<ConfigReading>
    let taskCredentials: TaskCredentialStore
    /// The environment, for "env:NAME" secrets typed in the create form.
    let environment: [String: String]
    /// The `alerts.command` hook, if the config names one.
    let hook: EventHook?
    let simulator: SimulatorServer?
    /// Whether the dashboard takes clicks and the wheel (config `mouse`).
    let mouse: Bool
    /// The colours and attributes to draw in.
    let theme: Theme
    /// Connects to every profile (discovering project ids) and builds the first state. The clients
    /// send every request once: the monitor's schedule retries, so the request budget stays exact.
    /// `reading` reads the config again (nil for `--demo`).
    static func make(
        settings: Settings, screen: ScreenSetup, readOnly: Bool, unicode: Bool, simulator: SimulatorServer? = nil,
        reading: LiveConfig.Reading? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> DashboardSession {
        let (clients, profiles) = try await ClientFactory.clients(for: settings, retry: .never, face: "dashboard")
        let state = AppState(
            profiles: profiles, settings: MonitorSettings(settings, unattended: false), readOnly: readOnly, keymap: screen.keymap,
            startKeys: settings.taskCredentials.availability,
            environmentNames: Set(environment.filter { !$0.value.isEmpty }.keys), unicode: unicode,
            language: screen.language, now: WallClock.milliseconds)
        let live = LiveConfig(settings: settings, clients: clients, reading: reading)
        return DashboardSession(
            state: state, live: live, readings: ReloadQueue { try await read(live) }, taskCredentials: settings.taskCredentials,
            environment: environment, hook: settings.alerts.command.map { EventHook(argv: $0) }, simulator: simulator,
            mouse: settings.mouse, theme: screen.theme)
    }

    /// Reads the config again for the reload key: the monitor's profiles and settings as it says.
    private static func read(_ live: LiveConfig) async throws -> ConfigReading {
        try await live.readAgain { settings, change, _ in
            .read(
                profiles: settings.profiles.map { Monitor.Profile($0) }, restarting: change.restarting,
                settings: MonitorSettings(settings, unattended: false), said: LiveConfig.said(settings, change))
        }
    }

    /// A runner whose answers go to `deliver`.
    func runner(deliver: @escaping @Sendable (Action) -> Void) -> EffectRunner {
        let readings = self.readings
        return EffectRunner(
            clients: live.clients, taskCredentials: taskCredentials, environment: environment, hook: hook,
            readConfig: {
                switch await readings.run() {
                case .success(let reading): reading
                case .failure(let failure): .refused(failure.wording)
                }
            },
            deliver: deliver)
    }

    func shutdown() async {
        readings.stop()
        await live.shutdown()
        await simulator?.stop()
    }
}
