import MonitorCore

/// How the profiles' polling goes, each profile in one state: for the header's counts and the
/// banner's names when several profiles are watched.
struct FleetHealth {
    /// A profile's polling state, the worst first.
    enum State: CaseIterable {
        /// Its credentials were refused: nothing more is sent until `r`.
        case refused
        /// Its last refreshes failed (unreachable, throttled, a server error): retrying with backoff.
        case failing
        /// No answer yet.
        case connecting
        case live
    }

    /// The profiles' names in each state, in the config's order.
    private(set) var names: [State: [String]] = [:]

    init(profiles: [Monitor.Profile], watches: [String: ProfileWatch]) {
        for profile in profiles {
            guard let health = watches[profile.name]?.health else { continue }
            names[Self.state(of: health), default: []].append(profile.name)
        }
    }

    static func state(of health: PollState) -> State {
        if health.authFailure != nil { return .refused }
        if health.failures > 0 { return .failing }
        return health.lastSuccess == nil ? .connecting : .live
    }

    func count(_ state: State) -> Int { names[state]?.count ?? 0 }

    /// "97 live · 3 refused": the count of each state some profile is in, live first.
    func counts(words: (State) -> String, separator: String) -> String {
        [State.live, .refused, .failing, .connecting].filter { count($0) > 0 }
            .map { "\(count($0)) \(words($0))" }.joined(separator: separator)
    }

    /// "acct-003, acct-017 +2 more": as many names as fit in `width` columns, then how many more.
    func named(_ state: State, width: Int) -> String {
        let all = names[state] ?? []
        var shown: [String] = []
        for (index, name) in all.enumerated() {
            let rest = all.count - index - 1
            let candidate = (shown + [name]).joined(separator: ", ") + (rest > 0 ? " +\(rest) more" : "")
            guard DisplayWidth.of(candidate) <= width || shown.isEmpty else { break }
            shown.append(name)
        }
        let more = all.count - shown.count
        return shown.joined(separator: ", ") + (more > 0 ? " +\(more) more" : "")
    }
}
