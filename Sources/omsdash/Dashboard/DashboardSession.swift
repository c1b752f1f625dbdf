import DashboardCore
import DashboardRuntime
import FoundationEssentials
import MonitorCore
import MonitorRuntime
import OMSCore
import OMSSimulator

/// What a dashboard or snapshot runs with: the profiles' clients, the first state, and (for
/// `--demo`) the simulator serving them.
struct DashboardSession {
    let state: AppState
    let clients: ClientPool
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
    /// Renewals of temporary keys that start failing or recover.
    let credentials: CredentialFeed
    /// The credentials' renewal loops, stopped at the end.
    let registry: CredentialRegistry
    /// The organizations' rediscovery.
    let organizations: OrganizationFeed

    /// Connects to every profile (discovering project ids) and builds the first state. The clients
    /// send every request once: the monitor's schedule retries, so the request budget stays exact.
    static func make(
        settings: Settings, screen: ScreenSetup, readOnly: Bool, unicode: Bool, simulator: SimulatorServer? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> DashboardSession {
        let (clients, profiles) = try await ClientFactory.clients(for: settings, retry: .never, face: "dashboard")
        let state = AppState(
            profiles: profiles, settings: MonitorSettings(settings, unattended: false), readOnly: readOnly, keymap: screen.keymap,
            startKeys: settings.taskCredentials.availability,
            environmentNames: Set(environment.filter { !$0.value.isEmpty }.keys), unicode: unicode,
            language: screen.language, now: WallClock.milliseconds)
        let credentials = CredentialFeed(profiles: settings.profiles, registry: settings.credentials)
        let organizations = OrganizationFeed(settings: settings, clients: clients, credentials: credentials)
        organizations.start()
        return DashboardSession(
            state: state, clients: clients, taskCredentials: settings.taskCredentials, environment: environment,
            hook: settings.alerts.command.map { EventHook(argv: $0) }, simulator: simulator, mouse: settings.mouse,
            theme: screen.theme, credentials: credentials, registry: settings.credentials,
            organizations: organizations)
    }

    /// A runner whose answers go to `deliver`.
    func runner(deliver: @escaping @Sendable (Action) -> Void) -> EffectRunner {
        EffectRunner(
            clients: clients, taskCredentials: taskCredentials, environment: environment, hook: hook, deliver: deliver)
    }

    func shutdown() async {
        organizations.stop()
        registry.stop()
        await clients.shutdown()
        await simulator?.stop()
    }
}
