import MonitorCore
import OMSCore
import Synchronization

/// Lists each organization again every `rediscover_minutes`, in the background, and tells a face
/// what changed at its next tick. It makes the clients and credentials of new accounts' profiles
/// known before the monitor watches them, and shuts down those of accounts that left. A listing
/// that fails keeps the last known accounts, is said as `organization_listing`, and is tried
/// again sooner: after 30 s, then twice as long each time, up to the rediscovery interval.
public final class OrganizationFeed: Sendable {
    /// What a listing changed, for the monitor.
    public enum Update: Sendable, Equatable {
        /// The organization's profiles now, in the listing's order.
        case listed(organization: String, profiles: [Monitor.Profile])
        /// The listing failed, and why; the last known profiles stay.
        case failed(organization: String, reason: Wording)
    }

    private let directory: OrganizationDirectory
    private let clients: ClientPool
    private let credentials: CredentialFeed
    private let registry: CredentialRegistry
    /// The profiles written in the config.
    private let written: [Profile]
    /// Each organization's profiles in use, by organization.
    private let current: Mutex<[String: [Profile]]>
    /// Whether this face watches a profile, by name: all of them, or one shard's.
    private let watches: @Sendable (String) -> Bool
    private let pending = Mutex<[Update]>([])
    private let loops = Mutex<[Task<Void, Never>]>([])

    /// The first retry after a failed listing.
    static let firstRetrySeconds = 30.0

    /// Starts from `settings.profiles`, the ones the first listing made; later listings keep the
    /// profiles that `watches` takes.
    public init(
        settings: Settings, clients: ClientPool, credentials: CredentialFeed, watches: @escaping @Sendable (String) -> Bool = { _ in true }
    ) {
        self.watches = watches
        directory = settings.organizations
        self.clients = clients
        self.credentials = credentials
        registry = settings.credentials
        written = settings.profiles.filter { $0.organization == nil }
        current = Mutex(Dictionary(grouping: settings.profiles.filter { $0.organization != nil }, by: { $0.organization! }))
    }

    /// Starts listing each organization on its own clock; an organization the first listing
    /// missed is tried again after the first retry.
    public func start() {
        let listed = directory.latest
        let tasks = directory.organizations.map { organization in
            Task { [weak self] in
                var delay = listed[organization.name] == nil ? Self.firstRetrySeconds : organization.rediscoverSeconds
                var retry = Self.firstRetrySeconds
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(Int64(delay * 1000)))
                    guard let self, !Task.isCancelled else { return }
                    if await self.list(organization) {
                        delay = organization.rediscoverSeconds
                        retry = Self.firstRetrySeconds
                    } else {
                        delay = min(retry, organization.rediscoverSeconds)
                        retry *= 2
                    }
                }
            }
        }
        loops.withLock { $0 += tasks }
    }

    /// Stops listing.
    public func stop() {
        for task in loops.withLock({ $0 }) { task.cancel() }
    }

    /// Every profile in use now: the config's, then each organization's.
    public var profiles: [Profile] {
        let current = self.current.withLock { $0 }
        return written + directory.organizations.flatMap { current[$0.name] ?? [] }
    }

    /// What changed since the last call, oldest first.
    public func updates() -> [Update] {
        pending.withLock { pending in
            defer { pending = [] }
            return pending
        }
    }

    /// Lists one organization and takes its profiles in; returns whether the listing succeeded.
    func list(_ organization: Organization) async -> Bool {
        let roster: OrganizationRoster
        do {
            roster = try await directory.list(organization).keeping(watches)
        } catch {
            pending.withLock { $0.append(.failed(organization: organization.name, reason: Organization.wording(of: error))) }
            return false
        }
        let before = current.withLock { $0[organization.name] ?? [] }
        let beforeByName = Dictionary(before.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Set(roster.profiles.map(\.name))
        let added = roster.profiles.filter { beforeByName[$0.name] == nil }
        let removed = before.filter { !names.contains($0.name) }
        // In the listing's order; profiles that stay keep the clients and credentials they have.
        let profiles = roster.profiles.map { beforeByName[$0.name] ?? $0 }
        clients.add(added)
        credentials.update(adding: added, removing: Set(removed.map(\.name)))
        current.withLock { $0[organization.name] = profiles }
        pending.withLock { $0.append(.listed(organization: organization.name, profiles: profiles.map { Monitor.Profile($0) })) }
        if !removed.isEmpty {
            await clients.remove(removed.map(\.name))
            let inUse = Set(current.withLock { $0.values.flatMap { $0.map { ObjectIdentifier($0.credentials) } } })
            registry.release(removed.map(\.credentials).filter { !inUse.contains(ObjectIdentifier($0)) })
        }
        return true
    }
}

extension Monitor.Profile {
    /// How the monitor names `profile`, with its project id when known.
    public init(_ profile: Profile, projectID: String? = nil) {
        self.init(
            name: profile.name, region: profile.region, projectID: projectID ?? profile.projectID, endpoint: profile.endpoint,
            account: profile.account, organization: profile.organization)
    }
}

extension Monitor {
    /// Takes in what an organization's listing changed.
    public mutating func take(_ update: OrganizationFeed.Update, now: Int64) -> MonitorChange {
        switch update {
        case .listed(let organization, let profiles): takeListing(of: organization, profiles: profiles, now: now)
        case .failed(let organization, let reason): listingFailure(of: organization, reason, now: now)
        }
    }
}
