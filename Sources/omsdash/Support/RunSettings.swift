import FoundationEssentials
import OMSCore
import OMSSimulator

/// The settings a watching face runs with: from the config and command line, or, for `--demo`,
/// pointing at a simulator started for it (with the config's mouse, keys and colours, not its
/// profiles).
enum RunSettings {
    /// The settings, and the simulator when `demo` (the caller stops it); `face` names the face in
    /// the User-Agent.
    static func load(
        demo: Bool, world: SimulatorWorldOptions, connection: ConnectionOptions, polling: PollingValues, face: String
    ) async throws -> (Settings, SimulatorServer?) {
        if demo {
            let (mouse, screen) = try Settings.screenPreferences(
                configPath: connection.config, environment: ProcessInfo.processInfo.environment)
            var (server, settings) = try await DemoWorld.start(world, polling: polling)
            settings.mouse = mouse
            settings.screen = screen
            return (settings, server)
        }
        let settings = try await connection.settings(
            refreshSeconds: polling.refreshSeconds, requestsPerMinute: polling.requestsPerMinute, face: face)
        return (settings, nil)
    }
}
