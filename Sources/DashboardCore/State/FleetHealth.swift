import MonitorCore
import OMSCore

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
    /// The organizations' accounts with a profile in each state, each once, in order.
    private(set) var accounts: [State: [String]] = [:]

    init(profiles: [Monitor.Profile], watches: [String: ProfileWatch]) {
        var seen: [State: Set<String>] = [:]
        for profile in profiles {
            guard let health = watches[profile.name]?.health else { continue }
            let state = Self.state(of: health)
            names[state, default: []].append(profile.name)
            if let account = profile.account, seen[state, default: []].insert(account).inserted {
                accounts[state, default: []].append(account)
            }
        }
    }

    static func state(of health: PollState) -> State {
        if health.authFailure != nil { return .refused }
        if health.failures > 0 { return .failing }
        return health.lastSuccess == nil ? .connecting : .live
    }

    func count(_ state: State) -> Int { names[state]?.count ?? 0 }

    /// The profiles in `state`, in the config's order.
    func names(_ state: State) -> [String] { names[state] ?? [] }

    /// The accounts with a profile in `state`, in order.
    func accounts(_ state: State) -> [String] { accounts[state] ?? [] }

    /// "97 live · 3 refused": the count of each state some profile is in, live first; with an
    /// organization's accounts, how many accounts each state other than live touches
    /// ("8 refused (4 accounts)").
    func counts(separator: String, language: Language) -> String {
        let words: [(State, Message)] = [(.live, .fleetLive), (.refused, .fleetRefused), (.failing, .fleetFailing), (.connecting, .fleetConnecting)]
        return words.filter { count($0.0) > 0 }.map { state, message in
            let touched = accounts(state).count
            let text = language.text(message, ["count": String(count(state))])
            guard state != .live, touched > 0 else { return text }
            return text + " " + language.text(.fleetAccounts, ["count": String(touched)])
        }.joined(separator: separator)
    }

    /// "acct-003, acct-017 +2 more": as many names as fit in `width` columns, then how many more.
    static func named(_ all: [String], width: Int, language: Language) -> String {
        let more = { (count: Int) in count > 0 ? " " + language.text(.bannerMore, ["count": String(count)]) : "" }
        var shown: [String] = []
        for (index, name) in all.enumerated() {
            let candidate = (shown + [name]).joined(separator: ", ") + more(all.count - index - 1)
            guard DisplayWidth.of(candidate) <= width || shown.isEmpty else { break }
            shown.append(name)
        }
        return shown.joined(separator: ", ") + more(all.count - shown.count)
    }
}
