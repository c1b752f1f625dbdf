import Synchronization

/// Makes one credential per source and shares it by every profile with that source, so that one
/// renewal serves them all: twenty agency profiles of one management key sign with one source
/// credential, and an agency profile in three regions renews one key. Counts the changes of any
/// credential's state, so that a face can look again only when something changed.
public final class CredentialRegistry: Sendable {
    private let made = Mutex<[CredentialSource: CredentialHandle]>([:])
    private let gates = Mutex<[CredentialSource: SourceGate]>([:])
    private let generation = Atomic<Int>(0)

    public init() {}

    /// The credential of `source`, made on first asking; `connection` reaches its IAM or metadata
    /// service.
    public func handle(for source: CredentialSource, connection: CredentialConnection) -> CredentialHandle {
        if let made = made.withLock({ $0[source] }) { return made }
        let handle = make(source, connection: connection)
        return made.withLock { made in
            if let earlier = made[source] { return earlier }
            made[source] = handle
            return handle
        }
    }

    /// How many times a credential's state has changed: a face compares it with the last value it
    /// saw rather than reading every credential on every tick.
    public var changes: Int { generation.load(ordering: .relaxed) }

    /// Stops every renewal loop.
    public func stop() {
        for handle in made.withLock({ Array($0.values) }) { handle.stop() }
    }

    /// Stops and forgets the credentials no profile uses any more (the agency keys of accounts
    /// that left an organization); a source asked for again later gets a new one.
    public func release(_ handles: [CredentialHandle]) {
        let released = made.withLock { made in
            handles.compactMap { handle in made[handle.source] === handle ? made.removeValue(forKey: handle.source) : nil }
        }
        for handle in released { handle.stop() }
    }

    /// Stops and forgets every credential that neither `inUse` nor an agency among them signs
    /// with (a config read again that no longer names a source); the ones kept renew on.
    public func keepOnly(_ inUse: some Sequence<CredentialHandle>) {
        var needed = Set<CredentialSource>()
        var waiting = inUse.map(\.source)
        while let source = waiting.popLast() {
            guard needed.insert(source).inserted else { continue }
            if case .agency(_, _, let sourceOfAgency, _) = source { waiting.append(sourceOfAgency) }
        }
        let released = made.withLock { made in
            let gone = made.filter { !needed.contains($0.key) }
            for source in gone.keys { made[source] = nil }
            return Array(gone.values)
        }
        for handle in released { handle.stop() }
    }

    /// How long after a source's gate opens its agencies try again, spread at random.
    static let reopenSpreadMilliseconds: Int64 = 5_000

    private func make(_ source: CredentialSource, connection: CredentialConnection) -> CredentialHandle {
        guard let fetch = fetcher(source, connection: connection) else { return CredentialHandle(fixed: source.fixedKey!, source: source) }
        let renewing = RenewingCredential(fetch: fetch, changed: { [weak self] in self?.generation.add(1, ordering: .relaxed) })
        if case .agency(_, _, let sourceOfAgency, _) = source {
            gate(for: sourceOfAgency).onOpen { [weak renewing] in renewing?.retrySoon(spreadMilliseconds: Self.reopenSpreadMilliseconds) }
        }
        return CredentialHandle(source: source, renewing: renewing)
    }

    private func fetcher(_ source: CredentialSource, connection: CredentialConnection) -> RenewingCredential.Fetch? {
        switch source {
        case .keys, .file:
            return nil
        case .chain(_, let link):
            return fetcher(link, connection: connection)
        case .ecs(let endpoint):
            let keys = ECSMetadataKeys(endpoint: endpoint, connection: connection)
            return { try await keys.fetch() }
        case .oidc(let idpID, let tokenFile, let iam):
            let exchange = IDTokenExchange(idpID: idpID, tokenFile: tokenFile, iam: iam, connection: connection)
            return { try await exchange.fetch() }
        case .agency(let agency, let via, let sourceOfAgency, let iam):
            let assumption = AgencyAssumption(
                agency: agency, via: via, source: handle(for: sourceOfAgency, connection: connection), iam: iam,
                connection: connection, gate: gate(for: sourceOfAgency))
            return { try await assumption.fetch() }
        }
    }

    private func gate(for source: CredentialSource) -> SourceGate {
        gates.withLock { gates in
            if let gate = gates[source] { return gate }
            let gate = SourceGate()
            gates[source] = gate
            return gate
        }
    }
}
