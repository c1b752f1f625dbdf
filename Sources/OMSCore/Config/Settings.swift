import FoundationEssentials
import OMSWords

/// Everything omsdash runs with, from the config file, the environment and the command line.
public struct Settings: Sendable {
    /// The profiles to use, in the config's order.
    public var profiles: [Profile]
    /// Seconds between task-list refreshes in the dashboard (at least 1).
    public var refreshSeconds: Double
    /// The most API requests per profile in any minute while watching (the first full list load aside).
    public var requestsPerMinute: Int
    /// Seconds between refreshes of page 1 of a profile with no task selected or on screen, when
    /// there are several profiles.
    public var backgroundRefreshSeconds: Double
    /// The most API requests in any minute over every profile together.
    public var requestsPerMinuteTotal: Int
    public var connectTimeout: Double
    public var requestTimeout: Double
    public var taskCredentials: TaskCredentialStore
    /// The alert rules and what to do on an event.
    public var alerts: AlertSettings
    /// Whether the dashboard takes clicks and the wheel; false leaves the mouse to the terminal.
    public var mouse: Bool
    /// The dashboard's keys, theme and colours, as the config asks (checked by the dashboard).
    public var screen: ScreenPreferences
    /// Things worth saying before starting (a config readable by others, say).
    public var warnings: [Wording]
    /// The config file that was read, if any.
    public var configPath: String?
    /// The profiles' credentials, one per source.
    public var credentials: CredentialRegistry
    /// The organizations whose accounts become profiles, and their latest listings.
    public var organizations: OrganizationDirectory

    /// The shortest refresh interval allowed.
    public static let minimumRefreshSeconds = 1.0
    public static let defaultRefreshSeconds = 5.0
    /// The default budget: one request a second per profile.
    public static let defaultRequestsPerMinute = 60
    /// Page 1 of a profile off screen every 30 s.
    public static let defaultBackgroundRefreshSeconds = 30.0
    /// Ten requests a second over every profile.
    public static let defaultRequestsPerMinuteTotal = 600

    public init(
        profiles: [Profile], refreshSeconds: Double = defaultRefreshSeconds,
        requestsPerMinute: Int = defaultRequestsPerMinute, backgroundRefreshSeconds: Double = defaultBackgroundRefreshSeconds,
        requestsPerMinuteTotal: Int = defaultRequestsPerMinuteTotal, connectTimeout: Double = 5,
        requestTimeout: Double = 30, taskCredentials: TaskCredentialStore = TaskCredentialStore(entries: [:]),
        alerts: AlertSettings = AlertSettings(), mouse: Bool = true, screen: ScreenPreferences = ScreenPreferences(),
        warnings: [Wording] = [], configPath: String? = nil, credentials: CredentialRegistry = CredentialRegistry(),
        organizations: OrganizationDirectory = OrganizationDirectory()
    ) {
        self.credentials = credentials
        self.organizations = organizations
        self.profiles = profiles
        self.refreshSeconds = max(Self.minimumRefreshSeconds, refreshSeconds)
        self.requestsPerMinute = max(1, requestsPerMinute)
        self.backgroundRefreshSeconds = max(self.refreshSeconds, backgroundRefreshSeconds)
        self.requestsPerMinuteTotal = max(1, requestsPerMinuteTotal)
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.taskCredentials = taskCredentials
        self.alerts = alerts
        self.mouse = mouse
        self.screen = screen
        self.warnings = warnings
        self.configPath = configPath
    }

    /// The default config path: `$XDG_CONFIG_HOME/omsdash/config.json`, else `~/.config/omsdash/config.json`.
    public static func defaultConfigPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/omsdash/config.json" }
        return (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.config/omsdash/config.json"
    }

    /// The config's dashboard preferences alone (mouse, keys, theme, colours), for `--demo`, which
    /// takes them but not the profiles; the default config may be missing.
    public static func screenPreferences(configPath: String?, environment: [String: String]) throws(ConfigurationError)
        -> (mouse: Bool, screen: ScreenPreferences)
    {
        let file = try ConfigFileReader.read(path: configPath ?? defaultConfigPath(environment: environment), mustExist: configPath != nil)
        return (file?.mouse ?? true, file?.screen ?? ScreenPreferences())
    }

    /// Reads the config file (the default one may be missing), then applies environment and overrides.
    /// `credentials` makes the profiles' credentials: a running face reading its config again
    /// passes its own, so that a source named as before keeps its key and its renewal.
    public static func load(
        overrides: ConfigOverrides, environment: [String: String], credentials: CredentialRegistry = CredentialRegistry()
    ) throws(ConfigurationError) -> Settings {
        let path = overrides.configPath ?? defaultConfigPath(environment: environment)
        let mustExist = overrides.configPath != nil
        guard let file = try ConfigFileReader.read(path: path, mustExist: mustExist) else {
            return try resolve(ConfigFile.empty, path: nil, overrides: overrides, environment: environment, credentials: credentials)
        }
        var settings = try resolve(file, path: path, overrides: overrides, environment: environment, credentials: credentials)
        if file.holdsLiteralSecret, let warning = ConfigFileReader.permissionWarning(path: path) {
            settings.warnings.append(warning)
        }
        return settings
    }

    /// Applies the environment and overrides to a parsed config file.
    static func resolve(
        _ file: ConfigFile, path: String?, overrides: ConfigOverrides, environment: [String: String],
        credentials registry: CredentialRegistry = CredentialRegistry()
    ) throws(ConfigurationError) -> Settings {
        let source = path ?? "the command line"
        var entries = try ProfileExpansion.expand(file.profiles, defaults: file.defaults, path: source)
        let written = entries.map(\.name)
        var organizationEntries = try OrganizationResolver.check(file.organizations, profiles: Set(written), path: source)
        if let wanted = overrides.organization {
            organizationEntries = organizationEntries.filter { $0.name == wanted }
            if organizationEntries.isEmpty { throw .unknownOrganization(wanted, available: file.organizations.map(\.name)) }
            entries = []
        } else if let wanted = overrides.profile {
            entries = entries.filter { $0.name == wanted }
            if entries.isEmpty { throw .unknownProfile(wanted, available: written) }
            organizationEntries = []
        } else if entries.isEmpty && organizationEntries.isEmpty {
            entries = [try ConfigFile.ProfileEntry.fromEnvironment()]
        }
        let connect = file.timeouts?.connectSeconds ?? 5
        let request = file.timeouts?.requestSeconds ?? 30
        guard connect > 0, request > 0 else {
            throw .invalidValue(path: source, field: "timeouts", reason: Wording(.reasonTimeouts))
        }
        if let defaults = file.defaults, defaults.agency != nil || defaults.sourceProfile != nil {
            throw .invalidValue(path: source, field: "defaults", reason: Wording(.reasonAgencyNotDefault))
        }
        var sources: [String: ConfigFile.ProfileEntry] = [:]
        for entry in file.profiles { sources[entry.name] = file.defaults.map { entry.filling(from: $0) } ?? entry }
        if let defaults = file.defaults { sources["defaults"] = defaults }
        let credentialSources = CredentialSourceResolver(
            path: source, environment: environment, sources: sources, isECS: CredentialSourceResolver.machineIsECS())
        let connection = CredentialConnection(
            connectTimeout: connect, requestTimeout: request, userAgent: OMSDashVersion.userAgent(face: overrides.face))
        let factory = ProfileFactory(
            path: source, overrides: overrides, environment: environment, credentialSources: credentialSources,
            registry: registry, connection: connection)
        var profiles: [Profile] = []
        for entry in entries { profiles.append(try factory.profile(entry)) }
        let organizationResolver = OrganizationResolver(sources: sources, factory: factory.forMembers)
        var organizations: [Organization] = []
        var warnings: [Wording] = []
        for entry in organizationEntries {
            let (organization, said) = try organizationResolver.resolve(entry)
            organizations.append(organization)
            warnings += said
        }
        let refresh = overrides.refreshSeconds ?? file.refreshSeconds ?? defaultRefreshSeconds
        guard refresh > 0, refresh.isFinite else {
            throw .invalidValue(path: source, field: "refresh_seconds", reason: Wording(.reasonPositiveSeconds))
        }
        let budget = overrides.requestsPerMinute ?? file.maxRequestsPerMinute ?? defaultRequestsPerMinute
        guard budget >= 1 else {
            throw .invalidValue(
                path: source, field: "max_requests_per_minute", reason: Wording(.reasonWholeRequests))
        }
        let background = file.backgroundRefreshSeconds ?? defaultBackgroundRefreshSeconds
        guard background > 0, background.isFinite else {
            throw .invalidValue(path: source, field: "background_refresh_seconds", reason: Wording(.reasonPositiveSeconds))
        }
        let total = file.maxRequestsPerMinuteTotal ?? defaultRequestsPerMinuteTotal
        guard total >= 1 else {
            throw .invalidValue(
                path: source, field: "max_requests_per_minute_total", reason: Wording(.reasonWholeRequests))
        }
        return Settings(
            profiles: profiles, refreshSeconds: refresh, requestsPerMinute: budget, backgroundRefreshSeconds: background,
            requestsPerMinuteTotal: total, connectTimeout: connect,
            requestTimeout: request,
            taskCredentials: TaskCredentialStore(entries: file.taskCredentials, environment: environment),
            alerts: file.alerts, mouse: file.mouse ?? true, screen: file.screen, warnings: warnings, configPath: path,
            credentials: registry,
            organizations: OrganizationDirectory(organizations: organizations, factory: organizationResolver.factory, written: Set(written)))
    }
}

extension ConfigFile {
    /// A config with no profiles: the environment and command line supply one.
    static var empty: ConfigFile {
        try! JSONDecoder().decode(ConfigFile.self, from: Data("{}".utf8))
    }
}

extension ConfigFile.ProfileEntry {
    /// The profile used when the config names none: everything from the environment and command line.
    static func fromEnvironment() throws(ConfigurationError) -> Self {
        do {
            return try JSONDecoder().decode(Self.self, from: Data(#"{"name": "default"}"#.utf8))
        } catch {
            throw .invalidValue(path: "defaults", field: "profile", reason: .verbatim("cannot be built"))
        }
    }
}
