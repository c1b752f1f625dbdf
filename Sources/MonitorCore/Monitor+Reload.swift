import OMSCore

/// A config read again while watching (SIGHUP, `POST /-/reload`, the dashboard's reload key): the
/// profiles it no longer names leave with their rows, details and alerts, the new ones are watched
/// from now, and those it names as before keep everything they have, so a reload that changed
/// nothing costs no request.
extension Monitor {
    /// Takes in the profiles a config names now (the written ones, then the organizations'), in
    /// its order, and its settings; alerts of a rule it turns off end. A profile in `restarting`
    /// is one whose connection changed (its endpoint, region, credentials or network): it starts
    /// again as a new one.
    public mutating func takeConfig(
        profiles listed: [Profile], restarting: Set<String> = [], settings: MonitorSettings, now: Int64
    ) -> MonitorChange {
        var change = MonitorChange()
        self.settings = settings
        let listedNames = Set(listed.map(\.name))
        let gone = profiles.filter { !listedNames.contains($0.name) || restarting.contains($0.name) }
        for profile in gone { forget(profile.name, because: Wording(.alertProfileRemoved), now: now, into: &change) }
        let added = listed.filter { watches[$0.name] == nil }
        for profile in added { watchFromNow(profile) }
        profiles = listed.map { profilesByName[$0.name] ?? $0 }
        notePositions()
        change.events += alerts.resolveAll(where: { !settings.alerts.isEnabled($0.rule) }, message: Wording(.alertRuleTurnedOff), now: now)
        return change
    }
}
