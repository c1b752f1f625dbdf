import OMSCore

/// An organization's accounts coming and going: each listing gives the profiles its active
/// accounts make now; the monitor watches the new ones from now and forgets the ones gone. The
/// profiles that stay are not touched, so a listing that changed nothing costs no request.
extension Monitor {
    /// Takes in a listing of `organization`: `profiles` are its profiles now, in the listing's
    /// order. Profiles new to it are watched from now (page 1 due at once), and an account's
    /// arrival is `account_joined`; the profiles of an account gone leave with their rows,
    /// details and alerts, and its departure is `account_left`. A failing listing ends.
    public mutating func takeListing(of organization: String, profiles listed: [Profile], now: Int64) -> MonitorChange {
        var change = MonitorChange()
        let before = profiles.filter { $0.organization == organization }
        let listedNames = Set(listed.map(\.name))
        let beforeNames = Set(before.map(\.name))
        let gone = before.filter { !listedNames.contains($0.name) }
        let added = listed.filter { !beforeNames.contains($0.name) }
        for profile in gone { forget(profile.name, because: Wording(.alertProfileGone), now: now, into: &change) }
        profiles.removeAll { !listedNames.contains($0.name) && $0.organization == organization }
        for profile in added {
            profiles.append(profile)
            watchFromNow(profile)
        }
        if !gone.isEmpty || !added.isEmpty { notePositions() }
        let accountsBefore = Set(before.compactMap(\.account))
        let accountsNow = Set(listed.compactMap(\.account))
        for account in Self.accounts(of: gone) where !accountsNow.contains(account.name) {
            fire(
                AlertKey(rule: .accountLeft, profile: organization + "/" + account.name, taskID: nil),
                Wording(.alertAccountLeft, ["account": account.name, "organization": organization, "regions": account.regions]),
                now: now, into: &change)
        }
        for account in Self.accounts(of: added) where !accountsBefore.contains(account.name) {
            fire(
                AlertKey(rule: .accountJoined, profile: organization + "/" + account.name, taskID: nil),
                Wording(.alertAccountJoined, ["account": account.name, "organization": organization, "regions": account.regions]),
                now: now, into: &change)
        }
        change.events += listingFailure(of: organization, nil, now: now).events
        return change
    }

    /// `organization_listing` while an organization cannot be listed (with why), ended by the
    /// next listing that succeeds; its accounts stay watched meanwhile.
    public mutating func listingFailure(of organization: String, _ failing: Wording?, now: Int64) -> MonitorChange {
        var change = MonitorChange()
        let key = AlertKey(rule: .organizationListing, profile: organization, taskID: nil)
        if let failing {
            fire(key, Wording(.alertListingFailing, ["organization": organization], parts: ["reason": failing]), now: now, into: &change)
        } else if alerts.isFiring(key) {
            change.events += [alerts.resolve(key, message: Wording(.alertListingRecovered, ["organization": organization]), now: now)]
                .compactMap { $0 }
        }
        return change
    }

    /// Watches a profile new to the monitor from now: its page 1 is due at once, as at the start.
    mutating func watchFromNow(_ profile: Profile) {
        profileRegions[profile.name] = profile.region
        profilesByName[profile.name] = profile
        watches[profile.name] = ProfileWatch(name: profile.name)
        loading.insert(profile.name)
        headQueue.schedule(profile.name, at: WakeQueue.firstLoad)
        fleetHealth.update(profile.name, PollState())
    }

    /// Forgets a profile: its watch, its tasks' details and checks, and its alerts, which end
    /// `because`.
    mutating func forget(_ profile: String, because reason: Wording, now: Int64, into change: inout MonitorChange) {
        guard let watch = watches.removeValue(forKey: profile) else { return }
        taskCount -= watch.tasks.count
        headQueue.schedule(profile, at: nil)
        counterQueue.schedule(profile, at: nil)
        checkQueue.schedule(profile, at: nil)
        loading.remove(profile)
        justLoaded.remove(profile)
        fleetHealth.remove(profile)
        for id in watch.tasks.keys { change.removed.insert(TaskKey(profile: profile, id: id)) }
        for key in details.keys where key.profile == profile { details[key] = nil }
        for key in checks.keys where key.profile == profile { checks[key] = nil }
        stoppedHere = stoppedHere.filter { $0.key.profile != profile }
        createdHere = createdHere.filter { $0.key.profile != profile }
        deletedHere = deletedHere.filter { $0.key.profile != profile }
        profileRegions[profile] = nil
        profilesByName[profile] = nil
        change.events += alerts.resolveAll(profile: profile, message: reason, now: now)
    }

    /// The accounts of `profiles`, each with its regions, in order.
    private static func accounts(of profiles: [Profile]) -> [(name: String, regions: String)] {
        var order: [String] = []
        var regions: [String: [String]] = [:]
        for profile in profiles {
            guard let account = profile.account else { continue }
            if regions[account] == nil { order.append(account) }
            regions[account, default: []].append(profile.region)
        }
        return order.map { ($0, regions[$0]!.joined(separator: ", ")) }
    }
}
