import MonitorCore
import OMSCore

/// How the profiles' polling goes, each profile in one state: for the header's counts and the
/// banner's names when several profiles are watched. Read from the monitor's `FleetIndex`, so it
/// costs the profiles in trouble, not the fleet.
struct FleetHealth {
    typealias State = FleetIndex.State

    /// The names of the profiles in each state but live, in the config's order.
    private var names: [State: [String]] = [:]
    /// The organizations' accounts with a profile in each state but live, each once, in order.
    private var accounts: [State: [String]] = [:]
    private let live: Int

    /// The fleet's health, leaving the profiles `excluded` says out of the states in trouble (the
    /// banner names an account whose agency refuses in a group of its own).
    init(_ monitor: Monitor, excluding excluded: (String) -> Bool = { _ in false }) {
        live = monitor.fleetHealth.count(.live)
        let position = { (name: String) in monitor.profilePositions[name] ?? .max }
        for state in State.allCases where state != .live {
            let members = monitor.fleetHealth.profiles(in: state).filter { !excluded($0) }.sorted { position($0) < position($1) }
            guard !members.isEmpty else { continue }
            names[state] = members
            var seen: Set<String> = []
            accounts[state] = members.compactMap { monitor.profilesByName[$0]?.account }.filter { seen.insert($0).inserted }
        }
    }

    func count(_ state: State) -> Int { state == .live ? live : names[state]?.count ?? 0 }

    /// The profiles in `state` (but live), in the config's order.
    func names(_ state: State) -> [String] { names[state] ?? [] }

    /// The accounts with a profile in `state` (but live), in order.
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
