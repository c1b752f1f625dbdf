import OMSCore

extension Monitor {
    /// The fetches due at `now` for what the face is interested in, each profile within its budget
    /// and all of them within the fleet's ceiling, spent by priority, each over every profile
    /// before the next: the selected task and page 1 (off screen at the background pace); the
    /// rows on screen; the alert checks and the other list pages. Profiles take turns being served
    /// first. Marks the fetches as under way. The first load is the one exception: each profile's
    /// first page 1, every page of its list, then the first screen's rows, at once.
    public mutating func due(now: Int64, interest: Interest) -> [Fetch] {
        let order = servingOrder()
        guard !order.isEmpty else { return [] }
        fleet.prune(now: now)
        let ceiling = settings.requestsPerMinuteTotal
        var room = ceiling - fleet.counted
        let watched = Set(interest.visible.map(\.profile) + (interest.selected.map { [$0.profile] } ?? []))
        var budgets: [String: Budget] = [:]
        var fetches: [Fetch] = []
        for profile in order {
            guard var watch = watches[profile] else { continue }
            watch.ledger.prune(now: now)
            let background = order.count > 1 && !watched.contains(profile) && watch.health.lastSuccess != nil
            if watch.health.authFailure != nil {
                // Refused credentials: nothing more, but for one page 1 after the slow retry wait.
                var budget = Budget(
                    settings: settings, ledger: watch.ledger, fleetRoom: room, hasSelection: false, sweepPending: false, paged: false)
                if isRetryDue(after: watch.health, now: now), let head = headFetch(&watch, now: now, background: false, budget: &budget) {
                    watch.health.authFailureAt = now
                    fetches.append(head)
                    watch.ledger = budget.ledger
                    room = budget.fleetRoom
                    record(budget.spent, at: now)
                    watches[profile] = watch
                }
                continue
            }
            let selected = interest.selected.flatMap { $0.profile == profile ? $0 : nil }
            var budget = Budget(
                settings: settings, ledger: watch.ledger, fleetRoom: room, hasSelection: selected != nil,
                sweepPending: watch.hasLoaded && watch.sweep.map { !$0.isComplete } == true, paged: watch.isPaged)
            if let selected, watch.tasks[selected.id] != nil || details[selected] != nil {
                fetches += detailFetches(
                    for: selected, showEvery: settings.refreshMilliseconds,
                    statisticsEvery: settings.selectedStatisticsMilliseconds, window: interest.window, now: now,
                    purpose: .selected, budget: &budget)
            }
            if let head = headFetch(&watch, now: now, background: background, budget: &budget) { fetches.append(head) }
            room = budget.fleetRoom
            record(budget.spent, at: now)
            budget.spent = []
            budgets[profile] = budget
            watches[profile] = watch
        }
        // What is left of the ceiling, but for the page 1s and the selected task's requests the last
        // minute has yet to see (at most half of it).
        let firstTier = firstTierPerMinute(watched: watched, hasSelection: interest.selected != nil)
        let reserve = min(ceiling / 2, max(0, firstTier - fleet.count(.head) - fleet.count(.selected)))
        // At most a thirtieth of the ceiling a pass, so that what fell due together (every task's
        // counters after a first load) spreads out instead of coming due together again; but
        // `watch --once` looks once and leaves, so nothing comes due again and all of it goes now.
        var allowance = interest.checkEveryTaskNow ? ceiling : max(1, ceiling / 30)
        // The rows on screen: grouped by profile, and how many of their requests are under way over
        // every profile, each worked out once a call rather than once a profile.
        let visibleByProfile = Dictionary(grouping: interest.visible, by: \.profile)
        var visibleInFlight = interest.visible.reduce(0) { count, key in
            guard let detail = details[key] else { return count }
            return count + (detail.showInFlight ? 1 : 0) + (detail.statisticsInFlight ? 1 : 0)
        }
        for rowsPass in [true, false] {
            for profile in order {
                guard var watch = watches[profile], var budget = budgets[profile] else { continue }
                budget.fleetRoom = min(room, reserve + allowance)
                budget.fleetReserve = reserve
                budget.spent = []
                let roomBefore = budget.fleetRoom
                if rowsPass {
                    fetches += rowFetches(
                        &watch, visible: visibleByProfile[profile] ?? [], inFlight: &visibleInFlight, now: now,
                        interest: interest, budget: &budget)
                } else {
                    fetches += alertCheckFetches(&watch, now: now, atOnce: interest.checkEveryTaskNow, budget: &budget)
                    fetches += sweepFetches(&watch, now: now, budget: &budget)
                }
                room -= roomBefore - budget.fleetRoom
                allowance -= roomBefore - budget.fleetRoom
                record(budget.spent, at: now)
                budgets[profile] = budget
                watch.ledger = budget.ledger
                watches[profile] = watch
            }
        }
        return fetches
    }

    /// Notes a profile's requests in the fleet's ledger.
    private mutating func record(_ purposes: [RequestLedger.Purpose], at now: Int64) {
        for purpose in purposes { fleet.record(purpose, at: now) }
    }

    /// The profiles in the order this schedule serves them: each call starts one further on.
    private mutating func servingOrder() -> [String] {
        let names = profiles.map(\.name)
        guard !names.isEmpty else { return [] }
        let start = firstServed % names.count
        firstServed = (start + 1) % names.count
        return Array(names[start...] + names[..<start])
    }

    /// The page 1s a minute the profiles need at their paces (on screen every refresh, off screen
    /// at the background pace), and the selected task's shows and statistics.
    private func firstTierPerMinute(watched: Set<String>, hasSelection: Bool) -> Int {
        let perMinute = { (every: Int64) in Int((RequestLedger.span + every - 1) / every) }
        let selection = hasSelection ? perMinute(settings.refreshMilliseconds) + perMinute(settings.selectedStatisticsMilliseconds) : 0
        guard profiles.count > 1 else { return perMinute(settings.refreshMilliseconds) + selection }
        let foreground = profiles.filter { watched.contains($0.name) }.count
        return foreground * perMinute(settings.refreshMilliseconds)
            + (profiles.count - foreground) * perMinute(settings.backgroundRefreshMilliseconds) + selection
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
        defer { if !interest.countersOfEveryTask { visibleInFlight = inFlight } }
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
    /// without sorting every task, and how many shows are under way. When none is due nor under
    /// way, the tasks are not looked at again before the first falls due.
    private func mostOverdueShows(of watch: inout ProfileWatch, now: Int64, period: Int64, budget: Budget) -> ([TaskKey], Int) {
        guard now >= watch.showsQuietUntil, budget.canSpend(.visible) else { return ([], 0) }
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
        if picked.keys.isEmpty, inFlight == 0 { watch.showsQuietUntil = picked.nextDue }
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

/// One profile's request budget while a schedule is drawn up: the hard limit over any 60 s, room
/// kept for page 1 and the selected task, and, while a pass over the list is under way, two thirds
/// of what is left kept for it: the pass is what notices a task stopping off screen, so the rows on
/// screen (a quarter of the rest) and the alert checks (a twelfth, always on a paged list, whose
/// checks could fill the gap between two passes) must not starve it. Above it, the fleet's room:
/// what the ceiling over every profile still allows, of which the requests after page 1 leave
/// `fleetReserve` for the page 1s to come.
struct Budget {
    let settings: MonitorSettings
    private(set) var ledger: RequestLedger
    var fleetRoom: Int
    var fleetReserve = 0
    /// The requests spent against the fleet's ceiling, for its ledger.
    var spent: [RequestLedger.Purpose] = []
    private var counted: Int
    private let reserve: Int
    private let visibleLimit: Int
    private let alertLimit: Int

    init(settings: MonitorSettings, ledger: RequestLedger, fleetRoom: Int, hasSelection: Bool, sweepPending: Bool, paged: Bool) {
        self.settings = settings
        self.ledger = ledger
        self.fleetRoom = fleetRoom
        counted = ledger.counted
        let limit = settings.requestsPerMinute
        let steady = settings.steadyRequestsPerMinute(withSelection: hasSelection)
        let firstTier = ledger.count(.selected) + ledger.count(.head)
        reserve = min(max(0, steady - firstTier), limit / 2)
        let leftover = limit - min(steady, limit / 2)
        visibleLimit = sweepPending ? max(1, leftover / 4) : limit
        alertLimit = sweepPending || paged ? max(1, leftover / 12) : limit
    }

    /// Whether a request for `purpose` would fit now.
    func canSpend(_ purpose: RequestLedger.Purpose) -> Bool {
        let limit = settings.requestsPerMinute
        return switch purpose {
        case .firstLoad: true
        case .selected, .head: counted < limit && fleetRoom > 0
        case .sweep: counted + reserve < limit && fleetRoom > fleetReserve
        case .visible: counted + reserve < limit && fleetRoom > fleetReserve && ledger.count(.visible) < visibleLimit
        case .alerts: counted + reserve < limit && fleetRoom > fleetReserve && ledger.count(.alerts) < alertLimit
        }
    }

    /// Whether a request for `purpose` fits now; if so it is recorded as sent.
    mutating func spend(_ purpose: RequestLedger.Purpose, at now: Int64) -> Bool {
        guard canSpend(purpose) else { return false }
        ledger.record(purpose, at: now)
        if purpose != .firstLoad {
            counted += 1
            fleetRoom -= 1
            spent.append(purpose)
        }
        return true
    }
}
