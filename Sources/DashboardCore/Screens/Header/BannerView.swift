import MonitorCore
import OMSCore

/// The banner's words: why it shows (`AppState.bannerCause`, plain values) worded for the
/// screen's width and language, each group of profiles with its fix.
extension AppState {
    /// The line under the header, when something needs saying: paused, stale or stopped polling;
    /// with several profiles, or a key whose renewal fails, which ones are refused, failing or
    /// renewing in vain, each with the fix.
    public var banner: String? {
        switch bannerCause {
        case .fleet?: fleetBanner
        case .refused(let failure)?:
            session.language.text(.bannerRefused, [
                "who": failure.credentials ?? session.language.text(.bannerCredentials),
                "code": failure.code.map { " (\($0))" } ?? "", "key": session.keymap.label(.refresh, unicode: session.unicode),
            ])
        case .paused?: pausedBanner
        case .stale?: session.language.text(.bannerStale)
        case nil: nil
        }
    }

    /// The organizations' accounts whose agency refuses (it is missing, or does not trust the
    /// management account), each once in order, with the refusal's words.
    var agencyRefusals: [(account: String, refusal: Wording)] {
        var refusals: [String: Wording] = [:]
        for alert in monitor.alerts.firing(atLeast: .info) where alert.key.rule == .credentialsRenewal {
            if let refusal = alert.wording.find(.credentialMemberAgencyRefused) { refusals[alert.key.profile] = refusal }
        }
        guard !refusals.isEmpty else { return [] }
        var seen: Set<String> = []
        return profiles.compactMap { profile in
            guard let account = profile.account, let refusal = refusals[profile.name], seen.insert(account).inserted else { return nil }
            return (account, refusal)
        }
    }

    private var pausedBanner: String { session.language.text(.bannerPaused, ["key": session.keymap.label(.pause, unicode: session.unicode)]) }

    /// The banner of several profiles: the refused ones and the failing ones by name (as many as
    /// fit, then how many more), each group with its fix; else paused.
    private var fleetBanner: String {
        let refusals = agencyRefusals
        let refusing = Set(refusals.map(\.account))
        // An account whose agency refuses is named once, in its own group, not once per region.
        let ownGroup = { (name: String) in self.monitor.profilesByName[name]?.account.map(refusing.contains) ?? false }
        let renewing = renewalFailing.filter { !ownGroup($0) }
        let health = monitor.fleetHealth
        let troubled = !renewing.isEmpty || !refusals.isEmpty || health.count(.refused) > 0 || !health.stale.isEmpty
        guard troubled else { return pausedBanner }
        let fleet = FleetHealth(monitor, excluding: ownGroup)
        let key = ["key": session.keymap.label(.refresh, unicode: session.unicode)]
        var groups: [(lead: Message, names: [String], fix: String, shortFix: String)] = []
        if let first = refusals.first {
            let values = ["agency": first.refusal.values["agency"] ?? "", "trusted": first.refusal.values["trusted"] ?? ""]
            groups.append((
                .bannerFleetAgency, refusals.map(\.account), session.language.text(.bannerFleetAgencyFix, values),
                session.language.text(.bannerFleetAgencyFixShort, values)))
        }
        if fleet.count(.refused) > 0 {
            groups.append((.bannerFleetRefused, fleet.names(.refused), session.language.text(.bannerFleetRefusedFix, key), session.language.text(.bannerFleetRefusedFixShort, key)))
        }
        if health.stale.contains(where: { !ownGroup($0) }) {
            groups.append((.bannerFleetFailing, fleet.names(.failing), session.language.text(.bannerFleetFailingFix), session.language.text(.bannerFleetFailingFixShort)))
        }
        if !renewing.isEmpty {
            let events = ["key": session.keymap.label(.timeline, unicode: session.unicode)]
            groups.append((.bannerFleetRenewal, renewing, session.language.text(.bannerFleetRenewalFix, events), session.language.text(.bannerFleetRenewalFixShort, events)))
        }
        let separator = " │ "
        let lead = { (group: Message, names: String) in self.session.language.text(group, ["names": names]) }
        // The columns left for each group's names, with the long fixes or the short ones.
        let room = { (long: Bool) in
            (self.viewport.width - 1 - DisplayWidth.of(separator) * (groups.count - 1)
                - groups.reduce(0) { $0 + DisplayWidth.of(lead($1.lead, "") + (long ? $1.fix : $1.shortFix)) }) / groups.count
        }
        let allNames = groups.map { DisplayWidth.of(FleetHealth.named($0.names, width: .max, language: session.language)) }.max() ?? 0
        let long = room(true) >= min(30, allNames)
        let names = max(12, room(long))
        return groups.map { lead($0.lead, FleetHealth.named($0.names, width: names, language: session.language)) + (long ? $0.fix : $0.shortFix) }
            .joined(separator: separator)
    }
}

/// The fleet's banner: which profiles are refused or failing, and the fix.
enum BannerView {
    static func draw(_ banner: String, into grid: inout Grid) {
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: .banner)
        grid.put(" " + banner, x: 0, y: 0, style: .banner)
    }
}
