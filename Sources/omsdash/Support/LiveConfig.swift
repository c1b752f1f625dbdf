import MonitorCore
import MonitorRuntime
import OMSCore
import Synchronization

/// The config a running face watches with, and its reading again (SIGHUP, `POST /-/reload`, the
/// dashboard's reload key): the settings as last read, the organizations' rediscovery, and the
/// clients and renewals of every profile in use, changed only where the config changed.
final class LiveConfig: Sendable {
    /// How the config is read, kept for reading it again.
    struct Reading: Sendable {
        let face: String
        let connection: ConnectionOptions
        let polling: PollingValues
    }

    private struct Current: Sendable {
        var settings: Settings
        /// The organizations' rediscovery, running from the start, and anew from each reading.
        var organizations: OrganizationFeed
    }

    private let current: Mutex<Current>
    /// Nil for `--demo`, whose world is the simulator's, not a config's.
    private let reading: Reading?
    /// Whether this face watches a profile, by name: all of them, or one shard's.
    private let watches: @Sendable (String) -> Bool
    let clients: ClientPool
    /// Renewals of temporary keys that start failing or recover.
    let credentials: CredentialFeed

    /// Starts the organizations' rediscovery over `settings`' profiles, whose clients `clients`
    /// makes, keeping the profiles `watches` takes.
    init(settings: Settings, clients: ClientPool, watches: @escaping @Sendable (String) -> Bool = { _ in true }, reading: Reading?) {
        self.reading = reading
        self.watches = watches
        self.clients = clients
        let credentials = CredentialFeed(profiles: settings.profiles, registry: settings.credentials)
        self.credentials = credentials
        let organizations = OrganizationFeed(settings: settings, clients: clients, credentials: credentials, watches: watches)
        current = Mutex(Current(settings: settings, organizations: organizations))
        organizations.start()
    }

    /// The settings as last read.
    var settings: Settings { current.withLock { $0.settings } }
    /// The organizations' rediscovery in use.
    var organizations: OrganizationFeed { current.withLock { $0.organizations } }

    /// Reads the config again and checks it whole; a config that does not read throws its one
    /// line and changes nothing. Otherwise the profiles it no longer names lose their clients and
    /// renewals, new ones get theirs, and those named as before keep them (a profile whose
    /// endpoint, region, credentials or network changed starts again); `apply` hands the face the
    /// settings, the change and the new organizations' rediscovery before it starts, and what it
    /// returns is returned. Credentials no profile uses any more are let go. The caller reads one
    /// at a time.
    func readAgain<Applied>(_ apply: (Settings, ProfileChange, OrganizationFeed) -> Applied) async throws -> Applied {
        guard let reading else { throw CommandFailure.usage(Wording(.reloadDemo)) }
        let before = current.withLock { $0 }
        let registry = before.settings.credentials
        var settings: Settings
        do {
            settings = try await reading.connection.settings(
                refreshSeconds: reading.polling.refreshSeconds, requestsPerMinute: reading.polling.requestsPerMinute,
                face: reading.face, credentials: registry)
        } catch {
            registry.keepOnly(before.organizations.profiles.map(\.credentials))
            throw error
        }
        settings.profiles.removeAll { !watches($0.name) }
        let change = ProfileChange(from: before.organizations.profiles, to: settings.profiles)
        before.organizations.stop()
        await clients.remove(change.leaving)
        clients.add(change.arriving)
        credentials.update(adding: change.arriving, removing: Set(change.leaving))
        let organizations = OrganizationFeed(settings: settings, clients: clients, credentials: credentials, watches: watches)
        let applied = apply(settings, change, organizations)
        current.withLock { $0 = Current(settings: settings, organizations: organizations) }
        organizations.start()
        registry.keepOnly(organizations.profiles.map(\.credentials))
        return applied
    }

    /// What a reading changed, in words.
    static func said(_ settings: Settings, _ change: ProfileChange) -> Wording {
        Wording(.reloadDone, [
            "profiles": String(settings.profiles.count), "added": String(change.added), "removed": String(change.removed),
            "restarted": String(change.restarting.count),
        ])
    }

    /// Stops the rediscovery and every renewal, and shuts the clients down.
    func shutdown() async {
        organizations.stop()
        settings.credentials.stop()
        await clients.shutdown()
    }
}
