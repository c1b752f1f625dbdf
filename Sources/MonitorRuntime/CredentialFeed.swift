import OMSCore
import Synchronization

/// Tells a face when the renewal of a profile's temporary key starts failing in a way that needs a
/// person (`RenewalSchedule.needsAttention(at:)`) or recovers, for the monitor's
/// `credentials_renewal` alert. It reads the credentials only when the registry
/// says one of them changed, so a tick costs nothing while all is well.
public final class CredentialFeed: Sendable {
    private struct Seen {
        var changes = -1
        var failing: [String: Wording] = [:]
    }

    private let profiles: Mutex<[(name: String, credentials: CredentialHandle)]>
    private let registry: CredentialRegistry
    private let seen = Mutex(Seen())

    /// Watches the renewing credentials of `profiles`, made by `registry`.
    public init(profiles: [Profile], registry: CredentialRegistry) {
        self.profiles = Mutex(Self.renewing(profiles))
        self.registry = registry
    }

    /// Watches `added` from now and forgets `removed` (an organization's accounts that came and went).
    public func update(adding added: [Profile], removing removed: Set<String>) {
        profiles.withLock { profiles in
            profiles.removeAll { removed.contains($0.name) }
            profiles += Self.renewing(added)
        }
        seen.withLock { seen in
            seen.changes = -1
            for name in removed { seen.failing[name] = nil }
        }
    }

    private static func renewing(_ profiles: [Profile]) -> [(name: String, credentials: CredentialHandle)] {
        profiles.filter { $0.credentials.source.renews }.map { ($0.name, $0.credentials) }
    }

    /// The profiles whose renewal started needing attention (with why) or recovered (nil) since the
    /// last call.
    public func transitions() -> [(profile: String, failing: Wording?)] {
        let changes = registry.changes
        guard seen.withLock({ $0.changes }) != changes else { return [] }
        let profiles = self.profiles.withLock { $0 }
        return seen.withLock { seen in
            guard changes != seen.changes else { return [] }
            seen.changes = changes
            var transitions: [(profile: String, failing: Wording?)] = []
            for (name, credentials) in profiles {
                let status = credentials.status
                let failing = status.needsAttention ? status.failing : nil
                guard failing != seen.failing[name] else { continue }
                if failing == nil || seen.failing[name] == nil { transitions.append((name, failing)) }
                seen.failing[name] = failing
            }
            return transitions
        }
    }
}
