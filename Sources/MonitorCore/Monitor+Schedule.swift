import OMSCore

extension Monitor {
    /// The fetches due at `now` for what the face is interested in, each profile within its budget
    /// and all of them within the fleet's ceiling, spent by priority: the selected task and page 1
    /// (the profiles on screen first, then the others whose page 1 is due at the background pace,
    /// longest waiting first); the rows on screen; the alert checks and the other list pages. Marks
    /// the fetches as under way. The first load is the one exception: each profile's first page 1,
    /// every page of its list, then the first screen's rows, at once.
    ///
    /// Only the profiles on screen and the ones the wake queues say are due are looked at, so a
    /// pass costs what it sends, not the size of the fleet.
    public mutating func due(now: Int64, interest: Interest) -> [Fetch] {
        fleet.prune(now: now)
        lastPassLookedAt = 0
        let waiting = [counterQueue.frontTime(), checkQueue.frontTime()].contains { $0.map { $0 <= now } == true }
        let planner = RequestPlanner(
            ceiling: settings.requestsPerMinuteTotal, counted: fleet.counted, othersWaiting: waiting,
            allAtOnce: interest.checkEveryTaskNow)
        var pass = SchedulePass(planner: planner, interest: interest, profiles: watchedProfiles(interest))
        var served = pass.watchedOrder
        for profile in pass.watchedOrder { serveHead(profile, now: now, pass: &pass) }
        while let front = headQueue.frontTime(),
            front == WakeQueue.firstLoad || pass.planner.hasRoomForPageOne(pageOnes: fleet.count(.head)),
            let (profile, _) = headQueue.popDue(by: now)
        {
            if !pass.watched.contains(profile) { served.append(profile) }
            serveHead(profile, now: now, pass: &pass)
        }
        // Queued again only now, so that a profile that stays due is not taken twice in a pass.
        for profile in served {
            guard let watch = watches[profile] else { continue }
            headQueue.schedule(profile, at: headWake(watch, background: isBackground(watch, pass), now: now))
        }
        pass.planner.beginAfterPageOne(
            needed: firstTierPerMinute(watched: pass.watched.count, hasSelection: interest.selected != nil),
            sent: fleet.count(.head) + fleet.count(.selected))
        // The rows on screen, or for a face without a screen the profiles whose counters are due,
        // longest waiting first; then the profiles whose alert checks or list pages are due. A
        // profile that loaded since the last pass has its first screen now.
        if interest.countersOfEveryTask {
            serveQueue(\.counterQueue, now: now, pass: &pass) { monitor, watch, budget in
                var unused = 0
                return monitor.rowFetches(&watch, visible: [], inFlight: &unused, now: now, interest: interest, budget: &budget)
            }
        } else {
            var visibleInFlight = interest.visible.reduce(0) { count, key in
                guard let detail = details[key] else { return count }
                return count + (detail.showInFlight ? 1 : 0) + (detail.statisticsInFlight ? 1 : 0)
            }
            let visibleByProfile = Dictionary(grouping: interest.visible, by: \.profile)
            for profile in Self.uniqued(interest.visible.map(\.profile) + justLoaded.sorted()) {
                serve(profile, now: now, pass: &pass) { monitor, watch, budget in
                    monitor.rowFetches(
                        &watch, visible: visibleByProfile[profile] ?? [], inFlight: &visibleInFlight, now: now,
                        interest: interest, budget: &budget)
                }
            }
        }
        justLoaded = []
        serveQueue(\.checkQueue, now: now, pass: &pass) { monitor, watch, budget in
            monitor.alertCheckFetches(&watch, now: now, atOnce: interest.checkEveryTaskNow, budget: &budget)
                + monitor.sweepFetches(&watch, now: now, budget: &budget)
        }
        return pass.fetches
    }

    /// Serves the profiles due on one of the queues after page 1, longest waiting first, while the
    /// pass has room for them (a first load needs none), then queues each again: what it still
    /// waits for, where the ceiling held it back, keeps its place.
    private mutating func serveQueue(
        _ queue: WritableKeyPath<Monitor, WakeQueue>, now: Int64, pass: inout SchedulePass,
        fetches: (inout Monitor, inout ProfileWatch, inout Budget) -> [Fetch]
    ) {
        var served: [(profile: String, queuedAt: Int64)] = []
        while let front = self[keyPath: queue].frontTime(), front == WakeQueue.firstLoad || pass.planner.hasRoomAfterPageOne,
            let (profile, time) = self[keyPath: queue].popDue(by: now)
        {
            served.append((profile, time))
            serve(profile, now: now, pass: &pass, fetches: fetches)
        }
        for (profile, queuedAt) in served {
            guard let watch = watches[profile] else { continue }
            let next =
                queue == \Monitor.counterQueue
                ? countersWake(watch, now: now) : checksWake(watch, interest: pass.interest, now: now)
            let wake = next.map { time in
                if time == WakeQueue.firstLoad || time > now { return time }
                return pass.planner.hasRoomAfterPageOne ? Self.ownRoom(watch.ledger, now: now) : queuedAt
            }
            self[keyPath: queue].schedule(profile, at: wake)
        }
    }

    /// Runs `fetches` for one profile within its budget and what the pass has left after page 1.
    private mutating func serve(
        _ profile: String, now: Int64, pass: inout SchedulePass,
        fetches: (inout Monitor, inout ProfileWatch, inout Budget) -> [Fetch]
    ) {
        guard var watch = watches[profile], watch.health.authFailure == nil else { return }
        lastPassLookedAt += 1
        if pass.budgets[profile] == nil { watch.ledger.prune(now: now) }
        var budget = pass.budgets[profile] ?? makeBudget(for: watch, interest: pass.interest, room: pass.planner.room)
        budget.fleetRoom = pass.planner.roomAfterPageOne
        budget.fleetReserve = pass.planner.reserve
        budget.spent = []
        pass.fetches += fetches(&self, &watch, &budget)
        pass.planner.spentAfterPageOne(budget.spent.count)
        record(budget.spent, at: now)
        pass.budgets[profile] = budget
        watch.ledger = budget.ledger
        watches[profile] = watch
    }

    /// Page 1 of one profile when due, with the selected task's requests if it is that profile's;
    /// after refused credentials, page 1 alone after the slow retry wait.
    private mutating func serveHead(_ profile: String, now: Int64, pass: inout SchedulePass) {
        guard var watch = watches[profile] else { return }
        lastPassLookedAt += 1
        watch.ledger.prune(now: now)
        let background = isBackground(watch, pass)
        if watch.health.authFailure != nil {
            var budget = Budget(
                settings: settings, ledger: watch.ledger, fleetRoom: pass.planner.room, hasSelection: false, sweepPending: false,
                paged: false)
            if isRetryDue(after: watch.health, now: now), let head = headFetch(&watch, now: now, background: false, budget: &budget) {
                watch.health.authFailureAt = now
                pass.fetches.append(head)
                watch.ledger = budget.ledger
                pass.planner.spentOnPageOne(budget.spent.count)
                record(budget.spent, at: now)
            }
            watches[profile] = watch
            return
        }
        let selected = pass.interest.selected.flatMap { $0.profile == profile ? $0 : nil }
        var budget = makeBudget(for: watch, interest: pass.interest, room: pass.planner.room)
        if let selected, watch.tasks[selected.id] != nil || details[selected] != nil {
            pass.fetches += detailFetches(
                for: selected, showEvery: settings.refreshMilliseconds,
                statisticsEvery: settings.selectedStatisticsMilliseconds, window: pass.interest.window, now: now,
                purpose: .selected, budget: &budget)
        }
        if let head = headFetch(&watch, now: now, background: background, budget: &budget) { pass.fetches.append(head) }
        pass.planner.spentOnPageOne(budget.spent.count)
        record(budget.spent, at: now)
        budget.spent = []
        pass.budgets[profile] = budget
        watch.ledger = budget.ledger
        watches[profile] = watch
    }

    /// A profile's budget for this pass, before anything of the pass was spent.
    private func makeBudget(for watch: ProfileWatch, interest: Interest, room: Int) -> Budget {
        Budget(
            settings: settings, ledger: watch.ledger, fleetRoom: room, hasSelection: interest.selected?.profile == watch.name,
            sweepPending: watch.hasLoaded && watch.sweep.map { !$0.isComplete } == true, paged: watch.isPaged)
    }

    /// Whether a profile's page 1 goes at the background pace: one of several, none of whose tasks
    /// is on screen or selected, that answered once.
    private func isBackground(_ watch: ProfileWatch, _ pass: SchedulePass) -> Bool {
        profiles.count > 1 && !pass.watched.contains(watch.name) && watch.health.lastSuccess != nil
    }

    /// When the schedule must look at a profile's page 1 again: its first load at once; nothing
    /// while it is under way (its answer wakes the profile) or refused, but for the slow retry;
    /// else when its refresh falls due at its pace. One the pass could not send (its own minute
    /// is full) waits for room there.
    private func headWake(_ watch: ProfileWatch, background: Bool, now: Int64) -> Int64? {
        let health = watch.health
        if health.inFlight { return nil }
        if health.firstAttempt == nil { return WakeQueue.firstLoad }
        var time = health.nextDue
        if health.authFailure != nil {
            guard let wait = settings.retryAfterRefusalMilliseconds else { return nil }
            time = max(time, (health.authFailureAt ?? now) + wait)
        } else if background && !health.urgent {
            time = max(time, (health.lastAttempt ?? 0) + settings.backgroundRefreshMilliseconds)
        }
        return time > now ? time : Self.ownRoom(watch.ledger, now: now)
    }

    /// When the schedule must look at a profile's task counters again (a face without a screen):
    /// when the next falls due; not while every show it may have under way is (their answers
    /// wake the profile). A time already past means due but not sent.
    private func countersWake(_ watch: ProfileWatch, now: Int64) -> Int64? {
        guard watch.health.authFailure == nil else { return nil }
        return watch.showsQuietUntil > now || watch.showsInFlight < MonitorSettings.visibleInFlight ? watch.showsQuietUntil : nil
    }

    /// When the schedule must look at a profile's alert checks and list pages again: the earlier of
    /// its next sweep page (a first load's before anything else) and its next alert check; not
    /// while what it may have under way is (their answers wake the profile), nor while page 1 fails.
    private func checksWake(_ watch: ProfileWatch, interest: Interest, now: Int64) -> Int64? {
        guard watch.health.authFailure == nil, watch.health.failures == 0 else { return nil }
        var times: [Int64] = []
        if let sweep = watch.sweep, !sweep.isComplete, sweep.answered.contains(0),
            sweep.missingPages.contains(where: { !watch.pagesInFlight.contains($0 * ListSweep.pageSize) })
        {
            let limit = watch.hasLoaded ? MonitorSettings.sweepInFlight : MonitorSettings.firstLoadInFlight
            if watch.pagesInFlight.count < limit { times.append(watch.hasLoaded ? now : WakeQueue.firstLoad) }
        }
        if settings.alerts.checksStatistics, watch.hasLoaded {
            let limit = interest.checkEveryTaskNow ? AlertCheck.inFlightAtOnce : AlertCheck.inFlight
            if watch.checksInFlight < limit { times.append(interest.checkEveryTaskNow ? now : watch.alertChecksQuietUntil) }
        }
        return times.min()
    }

    /// When a profile whose own minute held a request back may have room again: when its oldest
    /// request of the minute leaves it (a second from now if the minute was not what held it).
    private static func ownRoom(_ ledger: RequestLedger, now: Int64) -> Int64 {
        ledger.nextExpiry.map { max($0, now + 1) } ?? now + 1_000
    }

    /// Notes a profile's requests in the fleet's ledger.
    private mutating func record(_ purposes: [RequestLedger.Purpose], at now: Int64) {
        for purpose in purposes { fleet.record(purpose, at: now) }
    }

    /// The profiles the face looks at (the selected task's first, then those of the rows on screen,
    /// in order), each once.
    private func watchedProfiles(_ interest: Interest) -> [String] {
        Self.uniqued((interest.selected.map { [$0.profile] } ?? []) + interest.visible.map(\.profile))
            .filter { watches[$0] != nil }
    }

    /// `names` in order, each once.
    private static func uniqued(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// The page 1s a minute the profiles need at their paces (`watched` on screen every refresh,
    /// the others at the background pace), and the selected task's shows and statistics.
    private func firstTierPerMinute(watched: Int, hasSelection: Bool) -> Int {
        let perMinute = { (every: Int64) in Int((RequestLedger.span + every - 1) / every) }
        let selection = hasSelection ? perMinute(settings.refreshMilliseconds) + perMinute(settings.selectedStatisticsMilliseconds) : 0
        guard profiles.count > 1 else { return perMinute(settings.refreshMilliseconds) + selection }
        return watched * perMinute(settings.refreshMilliseconds)
            + (profiles.count - watched) * perMinute(settings.backgroundRefreshMilliseconds) + selection
    }

    /// After every profile's page 1: the rows on screen (`visible`, this profile's; `inFlight`,
    /// their requests under way over every profile) or, for a face without a screen, every task's
    /// counters; and the first screen at a first load. The alert checks and the sweep's pages come
    /// after every profile's rows.
    private mutating func rowFetches(
        _ watch: inout ProfileWatch, visible: [TaskKey], inFlight visibleInFlight: inout Int, now: Int64, interest: Interest,
        budget: inout Budget
    ) -> [Fetch] {
        let profile = watch.name
        let selected = interest.selected.flatMap { $0.profile == profile ? $0 : nil }
        var fetches: [Fetch] = []
        var inFlight = 0
        let rows: [TaskKey]
        let showEvery = interest.countersOfEveryTask ? MonitorSettings.everyTaskShowMilliseconds : MonitorSettings.visibleShowMilliseconds
        if interest.countersOfEveryTask {
            (rows, inFlight) = mostOverdueShows(of: &watch, now: now, period: showEvery, budget: budget)
        } else {
            inFlight = visibleInFlight
            rows = visible.filter { $0 != selected }
                .sorted { (details[$0]?.showSentAt ?? 0, $0.id) < (details[$1]?.showSentAt ?? 0, $1.id) }
        }
        defer {
            if interest.countersOfEveryTask { watch.showsInFlight = inFlight } else { visibleInFlight = inFlight }
        }
        let charts = !interest.countersOfEveryTask
        if !interest.countersOfEveryTask, watch.hasLoaded, !watch.firstScreenSent {
            // The first screen is part of the first load: its rows' counters and sparklines go
            // out at once with it, outside the budget, so the table is complete within a second.
            watch.firstScreenSent = true
            for key in rows where inFlight < MonitorSettings.firstLoadInFlight {
                let due = detailFetches(
                    for: key, showEvery: showEvery, statisticsEvery: MonitorSettings.visibleStatisticsMilliseconds,
                    window: interest.window, now: now, purpose: .firstLoad, budget: &budget)
                inFlight += due.count
                fetches += due
            }
        }
        for key in rows {
            guard inFlight < MonitorSettings.visibleInFlight, budget.canSpend(.visible) else { break }
            let due = detailFetches(
                for: key, showEvery: showEvery,
                statisticsEvery: charts ? MonitorSettings.visibleStatisticsMilliseconds : nil, window: interest.window,
                now: now, purpose: .visible, budget: &budget)
            inFlight += due.count
            fetches += due
        }
        return fetches
    }

    /// Whether a face that retries on its own after refused credentials may try page 1 again.
    private func isRetryDue(after health: PollState, now: Int64) -> Bool {
        guard let wait = settings.retryAfterRefusalMilliseconds, let refused = health.authFailureAt else { return false }
        return now - refused >= wait
    }

    /// For `countersOfEveryTask`: the few tasks whose counters are most overdue, found in one pass
    /// without sorting every task, and how many shows are under way. When none is due, the tasks
    /// are not looked at again before the first falls due.
    private func mostOverdueShows(of watch: inout ProfileWatch, now: Int64, period: Int64, budget: Budget) -> ([TaskKey], Int) {
        guard now >= watch.showsQuietUntil, budget.canSpend(.visible) else { return ([], watch.showsInFlight) }
        var inFlight = 0
        var picked = OverdueSelection(capacity: MonitorSettings.visibleInFlight)
        for id in watch.tasks.keys {
            let key = TaskKey(profile: watch.name, id: id)
            let detail = details[key]
            if detail?.showInFlight == true {
                inFlight += 1
                continue
            }
            picked.offer(key, lastSent: detail?.showSentAt, now: now, period: period)
        }
        // The answers of the shows under way wake the profile, so only the others count here.
        if picked.keys.isEmpty { watch.showsQuietUntil = picked.nextDue }
        return (picked.keys, inFlight)
    }

    /// Page 1 when its refresh is due (in the `background`, not before the background pace, unless
    /// asked for now); a completed pass makes way for a new one with it.
    private func headFetch(_ watch: inout ProfileWatch, now: Int64, background: Bool, budget: inout Budget) -> Fetch? {
        let paced = !background || watch.health.urgent
            || now >= (watch.health.lastAttempt ?? 0) + settings.backgroundRefreshMilliseconds
        // A profile's very first page 1 is part of the first load, which goes out in one burst
        // whatever the fleet's size (an organization's 2,000 profiles appear within seconds); every
        // later one, a retry included, is within the budget and the ceiling.
        let purpose: RequestLedger.Purpose = watch.health.firstAttempt == nil ? .firstLoad : .head
        guard !watch.health.inFlight, now >= watch.health.nextDue, paced, budget.spend(purpose, at: now) else { return nil }
        watch.health.urgent = false
        if watch.sweep?.isComplete ?? true {
            let number = (watch.sweep?.number ?? 0) + 1
            watch.sweep = ListSweep(number: number, startedAt: now, count: watch.count ?? 0)
        }
        watch.health.inFlight = true
        watch.health.lastAttempt = now
        if watch.health.firstAttempt == nil { watch.health.firstAttempt = now }
        watch.pagesInFlight.insert(0)
        return .listPage(profile: watch.name, offset: 0, sweep: watch.sweep!.number)
    }

    /// The pages the current pass still needs, all at once during the first load, a few at a
    /// time within the budget afterwards; none while page 1 is failing.
    private func sweepFetches(_ watch: inout ProfileWatch, now: Int64, budget: inout Budget) -> [Fetch] {
        guard watch.health.failures == 0, let sweep = watch.sweep, !sweep.isComplete, sweep.answered.contains(0)
        else { return [] }
        let purpose: RequestLedger.Purpose = watch.hasLoaded ? .sweep : .firstLoad
        let limit = watch.hasLoaded ? MonitorSettings.sweepInFlight : MonitorSettings.firstLoadInFlight
        var fetches: [Fetch] = []
        for index in sweep.missingPages {
            let offset = index * ListSweep.pageSize
            guard !watch.pagesInFlight.contains(offset) else { continue }
            guard watch.pagesInFlight.count < limit, budget.spend(purpose, at: now) else { break }
            watch.pagesInFlight.insert(offset)
            fetches.append(.listPage(profile: watch.name, offset: offset, sweep: sweep.number))
        }
        return fetches
    }

    /// The alert checks due once the list has loaded: each synchronizing task once per bucket, the
    /// most overdue first, a few at a time within the budget; or, `atOnce`, every task not checked
    /// yet, outside it. None while page 1 is failing.
    private mutating func alertCheckFetches(
        _ watch: inout ProfileWatch, now: Int64, atOnce: Bool, budget: inout Budget
    ) -> [Fetch] {
        let limit = atOnce ? AlertCheck.inFlightAtOnce : AlertCheck.inFlight
        let purpose: RequestLedger.Purpose = atOnce ? .firstLoad : .alerts
        guard settings.alerts.checksStatistics, watch.hasLoaded, watch.health.failures == 0,
            watch.checksInFlight < limit, atOnce || now >= watch.alertChecksQuietUntil, budget.canSpend(purpose)
        else { return [] }
        let period = atOnce ? Int64.max : AlertCheck.periodMilliseconds
        var due = OverdueSelection(capacity: limit - watch.checksInFlight)
        for (id, watched) in watch.tasks {
            let key = TaskKey(profile: watch.name, id: id)
            let check = checks[key]
            guard check?.inFlight != true, needsAlertCheck(key, status: watched.task.status) else { continue }
            due.offer(key, lastSent: check?.sentAt, now: now, period: period)
        }
        // Nothing due: the tasks need not be looked at again before the first falls due.
        if due.keys.isEmpty, !atOnce { watch.alertChecksQuietUntil = due.nextDue }
        var fetches: [Fetch] = []
        let span = settings.alerts.checkSpanMilliseconds + AlertCheck.periodMilliseconds
        for key in due.keys {
            guard watch.checksInFlight < limit, budget.spend(purpose, at: now) else { break }
            var check = checks[key] ?? AlertCheck()
            check.inFlight = true
            check.sentAt = now
            checks[key] = check
            watch.checksInFlight += 1
            fetches.append(.alertCheck(key, start: now - span, end: now))
        }
        return fetches
    }

    /// A task's show and statistics, each when it is older than its period or the window changed;
    /// no statistics when `statisticsEvery` is nil.
    private mutating func detailFetches(
        for key: TaskKey, showEvery: Int64, statisticsEvery: Int64?, window: StatsWindow, now: Int64,
        purpose: RequestLedger.Purpose, budget: inout Budget
    ) -> [Fetch] {
        var detail = details[key] ?? TaskDetail()
        var fetches: [Fetch] = []
        if !detail.showInFlight, detail.showSentAt.map({ now - $0 >= showEvery }) ?? true, budget.spend(purpose, at: now) {
            detail.showInFlight = true
            detail.showSentAt = now
            fetches.append(.show(key))
        }
        let stale = statisticsEvery.map { every in detail.statisticsSentAt.map { now - $0 >= every } ?? true } ?? false
        let moved = statisticsEvery != nil && detail.statisticsWindow != window
        if !detail.statisticsInFlight, stale || moved, budget.spend(purpose, at: now) {
            detail.statisticsInFlight = true
            detail.statisticsSentAt = now
            fetches.append(.statistics(key, window: window, start: now - window.milliseconds, end: now))
        }
        if !fetches.isEmpty { details[key] = detail }
        return fetches
    }
}

/// What one call of `due` has decided so far: the fleet's ceiling as planned and spent, each
/// profile's budget, and the fetches.
private struct SchedulePass {
    var planner: RequestPlanner
    let interest: Interest
    /// The profiles the face looks at, in its order, and as a set.
    let watchedOrder: [String]
    let watched: Set<String>
    var budgets: [String: Budget] = [:]
    var fetches: [Fetch] = []

    init(planner: RequestPlanner, interest: Interest, profiles: [String]) {
        self.planner = planner
        self.interest = interest
        watchedOrder = profiles
        watched = Set(profiles)
    }
}
