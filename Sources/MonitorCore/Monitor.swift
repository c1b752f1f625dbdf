import OMSCore

/// The watched world, shared by every face of omsdash (dashboard, `watch`, `exporter`): each
/// profile's tasks, details, list sweep, health and request budget, and the schedule that decides
/// what to fetch next.
///
/// A pure value: `due(now:interest:)` returns the fetches to send and `receive(_:now:)` takes their
/// answers. Time comes in as a value, so every schedule can be tested as transitions.
public struct Monitor: Sendable {
    /// One watched account and region, as the faces name it.
    public struct Profile: Sendable, Equatable {
        public var name: String
        public var region: String
        public var projectID: String?
        /// The API endpoint, for the tasks' synchronization URLs.
        public var endpoint: Endpoint?
        /// The member account and organization of a profile an organization's listing made.
        public var account: String?
        public var organization: String?

        public init(
            name: String, region: String, projectID: String?, endpoint: Endpoint? = nil, account: String? = nil,
            organization: String? = nil
        ) {
            self.account = account
            self.organization = organization
            self.name = name
            self.region = region
            self.projectID = projectID
            self.endpoint = endpoint
        }
    }

    public internal(set) var settings: MonitorSettings
    /// The profiles in the config's order, then each organization's in its listing's order.
    public internal(set) var profiles: [Profile]
    /// Each profile's region, by name.
    public internal(set) var profileRegions: [String: String]
    /// Each profile by name.
    public internal(set) var profilesByName: [String: Profile]
    /// Each profile's watch, by name.
    public internal(set) var watches: [String: ProfileWatch]
    /// Counters and statistics of the tasks that were shown or charted.
    public internal(set) var details: [TaskKey: TaskDetail] = [:]
    /// The alerts firing now and the session's events.
    public internal(set) var alerts = AlertBook()
    /// Each task's alert check.
    public internal(set) var checks: [TaskKey: AlertCheck] = [:]
    /// The requests of the last minute over every profile, for the fleet's ceiling.
    var fleet = RequestLedger()
    /// The profiles by when their page 1 is next due, their task counters (a face without a
    /// screen), and their alert checks and list pages: the schedule looks at these and at the
    /// profiles on screen only.
    var headQueue = WakeQueue()
    var counterQueue = WakeQueue()
    var checkQueue = WakeQueue()
    /// Each profile's polling state, counted and named without walking the fleet.
    public internal(set) var fleetHealth = FleetIndex()
    /// Each profile's place in `profiles`, for putting names in the config's order.
    public internal(set) var profilePositions: [String: Int] = [:]
    /// How many times the last pass of the schedule looked at a profile: what a pass costs.
    public internal(set) var lastPassLookedAt = 0
    /// The profiles whose list has not loaded once yet.
    var loading: Set<String>
    /// The profiles whose list loaded since the schedule last looked: their first screen is due.
    var justLoaded: Set<String> = []
    /// The tasks this omsdash stopped, and when: their stop is not `task_stopped`.
    var stoppedHere: [TaskKey: Int64] = [:]
    /// The tasks this omsdash created, until the list shows them: their arrival is not `task_appeared`.
    var createdHere: [TaskKey: Int64] = [:]
    /// The tasks this omsdash deleted, and when: an answer sent before the delete must not bring
    /// them back.
    var deletedHere: [TaskKey: Int64] = [:]

    public init(profiles: [Profile], settings: MonitorSettings) {
        self.profiles = profiles
        profileRegions = Dictionary(profiles.map { ($0.name, $0.region) }, uniquingKeysWith: { first, _ in first })
        profilesByName = Dictionary(profiles.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.settings = settings
        watches = Dictionary(
            profiles.map { ($0.name, ProfileWatch(name: $0.name)) },
            uniquingKeysWith: { first, _ in first })
        loading = Set(watches.keys)
        for profile in profiles {
            headQueue.schedule(profile.name, at: WakeQueue.firstLoad)
            fleetHealth.update(profile.name, PollState())
        }
        notePositions()
    }

    /// Numbers the profiles in order again, after some came or went.
    mutating func notePositions() {
        profilePositions = Dictionary(profiles.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether some profile's list has yet to load once (a face then asks what is due as answers
    /// come, not only at its tick).
    public var isLoading: Bool { !loading.isEmpty }

    /// How many profiles have yet to list all their tasks once, leaving out those whose
    /// credentials were refused: they load only after `r` or the slow retry.
    public var profilesYetToLoad: Int { loading.count { fleetHealth.state(of: $0) != .refused } }

    /// How many tasks are known over all profiles.
    public internal(set) var taskCount = 0

    /// The task behind a key: its list row with the counters of its latest show answer.
    public func task(_ key: TaskKey) -> SyncTask? {
        guard var task = watches[key.profile]?.tasks[key.id]?.task else { return details[key]?.shown }
        if let shown = details[key]?.shown { task.monthly = shown.monthly }
        return task
    }

    /// Makes page 1 and the selected task due now, and clears a refused credential so that one
    /// request may try it again (the user asked).
    public mutating func refreshNow(selected: TaskKey?) {
        for name in watches.keys {
            watches[name]!.health.nextDue = 0
            watches[name]!.health.urgent = true
            watches[name]!.health.authFailure = nil
            fleetHealth.update(name, watches[name]!.health)
            wakeUp(name, at: 0)
        }
        if let selected {
            details[selected]?.showSentAt = nil
            details[selected]?.statisticsSentAt = nil
        }
    }

    /// A profile's endpoint answered again after giving no answer (a region's outage ended): the
    /// other profiles of the same region and endpoint that are backing off for want of an answer
    /// try again now, rather than each after its own backoff of up to a minute. Throttled or
    /// failing answers keep their backoff: only silence is taken back.
    mutating func retryUnansweredNeighbours(of profile: String, now: Int64) {
        guard let answered = profilesByName[profile] else { return }
        for (name, watch) in watches where name != profile && watch.health.lastFailureUnanswered {
            guard let other = profilesByName[name], other.region == answered.region, other.endpoint == answered.endpoint,
                watch.health.nextDue > now
            else { continue }
            askPageOneNow(name, now: now)
        }
    }

    /// A profile's key was renewed after renewal failed: if its page 1 failed or was refused
    /// meanwhile, it goes out now with the new key; one in flight that fails goes out again.
    mutating func refreshAfterRenewal(_ profile: String, now: Int64) {
        guard watches[profile] != nil else { return }
        update(profile) { $0.health.renewedAt = now }
        guard let health = watches[profile]?.health, health.failures > 0 || health.authFailure != nil else { return }
        update(profile) { $0.health.authFailure = nil }
        fleetHealth.update(profile, watches[profile]!.health)
        askPageOneNow(profile, now: now)
    }

    /// Makes `profile`'s page 1 due now, off screen too (before its background pace would send it).
    mutating func askPageOneNow(_ profile: String, now: Int64) {
        update(profile) { watch in
            watch.health.nextDue = now
            watch.health.urgent = true
        }
        wakeUp(profile, at: now)
    }

    /// Takes in that this omsdash started or stopped a task: its status now, and page 1 due at once.
    /// Returns the change, as `receive` does (a start ends `task_stopped`; a stop fires nothing).
    @discardableResult
    public mutating func noteCommand(_ key: TaskKey, started: Bool, now: Int64) -> MonitorChange {
        let status: SyncTaskStatus = started ? .synchronizing : .stopped
        var change = MonitorChange()
        if started { stoppedHere[key] = nil } else { stoppedHere[key] = now }
        if var watched = watches[key.profile]?.tasks[key.id] {
            let old = watched.task.status
            watched.task.status = status
            if started { watched.task.lastStartTime = now }
            watches[key.profile]!.tasks[key.id] = watched
            alertOnStatus(key, from: old, to: status, task: watched.task, now: now, into: &change)
        }
        details[key]?.shown?.status = status
        details[key]?.showSentAt = nil
        askPageOneNow(key.profile, now: now)
        change.updated.insert(key)
        return change
    }

    /// Whether a row was not confirmed for two sweeps (or two refreshes for a one-page list), and may
    /// no longer be true.
    public func isStale(_ key: TaskKey, now: Int64) -> Bool {
        guard let watch = watches[key.profile], let confirmed = watch.tasks[key.id]?.confirmedAt else { return false }
        let sweep = max(watch.lastSweepDuration ?? 0, settings.refreshMilliseconds)
        return now - confirmed > 2 * sweep + settings.refreshMilliseconds
    }

    /// How long ago the least recently confirmed row over the paged profiles was confirmed, in ms;
    /// nil when every profile's list fits on one page.
    public func oldestRowAge(now: Int64) -> Int64? {
        let paged = watches.values.filter(\.isPaged)
        guard let oldest = paged.compactMap(\.oldestConfirmation).min() else { return nil }
        return max(0, now - oldest)
    }

    /// Something about a profile changed at `now`: its page 1, rows, checks and pages are looked
    /// at again by then.
    mutating func wakeUp(_ profile: String, at now: Int64) {
        guard watches[profile] != nil else { return }
        watches[profile]!.wake()
        headQueue.wake(profile, at: now)
        counterQueue.wake(profile, at: now)
        checkQueue.wake(profile, at: now)
    }

    /// Changes one profile's watch in place (a copy would copy its tasks on the first write).
    mutating func update(_ profile: String, _ change: (inout ProfileWatch) -> Void) {
        guard watches[profile] != nil else { return }
        change(&watches[profile]!)
    }
}
