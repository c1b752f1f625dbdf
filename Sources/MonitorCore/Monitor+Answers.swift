import OMSCore

extension Monitor {
    /// Takes one answer in; returns which tasks it changed and the alert events it caused. A
    /// refused credential, in any answer, stops the profile's polling until the user asks again.
    public mutating func receive(_ answer: MonitorAnswer, now: Int64) -> MonitorChange {
        // The answer of a profile whose account left the organization since it was asked.
        guard let tasksBefore = watches[answer.profile]?.tasks.count else { return MonitorChange() }
        let phaseBefore = watches[answer.profile]?.health.phase(paused: false)
        watches[answer.profile]?.wake()
        if case .page(_, 0, _, _) = answer { headQueue.wake(answer.profile, at: now) }
        defer {
            taskCount += (watches[answer.profile]?.tasks.count ?? 0) - tasksBefore
            if let health = watches[answer.profile]?.health { fleetHealth.update(answer.profile, health) }
            counterQueue.wake(answer.profile, at: now)
            checkQueue.wake(answer.profile, at: loading.contains(answer.profile) ? WakeQueue.firstLoad : now)
        }
        if let failure = answer.failure, failure.isAuthenticationFailure {
            headQueue.wake(answer.profile, at: now)
            update(answer.profile) { watch in
                watch.health.authFailure = failure
                watch.health.authFailureAt = now
            }
        }
        var change = MonitorChange()
        switch answer {
        case .page(let profile, let offset, let sweep, let result):
            if case .success(let page) = result, let project = page.projectID { learnProject(project, of: profile) }
            change = receivePage(profile: profile, offset: offset, sweep: sweep, result, now: now)
        case .shown(let key, let result):
            change = receiveShow(key, result, now: now)
        case .statistics(let key, let window, let start, let end, let result):
            receiveStatistics(key, window: window, start: start, end: end, result, now: now)
        case .alertCheck(let key, let start, let end, let result):
            receiveAlertCheck(key, start: start, end: end, result, now: now, into: &change)
        }
        alertOnHealth(answer.profile, lastError: answer.failure, now: now, into: &change)
        if watches[answer.profile]?.health.phase(paused: false) != phaseBefore { change.healthChanged.insert(answer.profile) }
        return change
    }

    /// Takes in the project of a profile whose client discovered it when its first page went out
    /// (an organization's account), for the tasks' synchronization URLs.
    private mutating func learnProject(_ project: String, of profile: String) {
        guard profilesByName[profile]?.projectID == nil, let index = profilePositions[profile], profiles[index].name == profile else { return }
        profiles[index].projectID = project
        profilesByName[profile]?.projectID = project
    }

    private mutating func receivePage(
        profile: String, offset: Int, sweep number: Int, _ result: Result<SyncTaskPage, ErrorReport>, now: Int64
    ) -> MonitorChange {
        var change = MonitorChange()
        var transitions: [(key: TaskKey, old: SyncTask?, new: SyncTask)] = []
        var gone: [TaskKey: SyncTask] = [:]
        let afterFirstLoad = watches[profile]?.hasLoaded == true
        let refresh = settings.refreshMilliseconds
        let deleted = Set(deletedHere.keys.filter { $0.profile == profile && wasDeletedHere($0, now: now) }.map(\.id))
        var loaded = afterFirstLoad
        var endpointAnswersAgain = false
        update(profile) { watch in
            watch.pagesInFlight.remove(offset)
            let isHead = offset == 0
            if isHead { watch.health.inFlight = false }
            switch result {
            case .success(let page):
                if isHead {
                    endpointAnswersAgain = watch.health.lastFailureUnanswered
                    watch.health.lastSuccess = now
                    watch.health.failures = 0
                    watch.health.lastFailureUnanswered = false
                    watch.health.authFailure = nil
                    watch.health.authFailureAt = nil
                    watch.health.nextDue = (watch.health.lastAttempt ?? now) + refresh
                }
                for task in page.tasks where !deleted.contains(task.id) {
                    let key = TaskKey(profile: profile, id: task.id)
                    let old = watch.tasks[task.id]?.task
                    if old != task {
                        change.updated.insert(key)
                        transitions.append((key, old, task))
                    }
                    watch.tasks[task.id] = WatchedTask(task: task, confirmedAt: now)
                }
                watch.count = page.count
                gone = Self.advanceSweep(&watch, page: offset / ListSweep.pageSize, number: number, count: page.count, now: now)
                loaded = watch.hasLoaded
            case .failure(let report):
                if isHead {
                    watch.health.failures += 1
                    watch.health.lastFailureUnanswered = report.isUnanswered
                    let backoff = min(PollState.maxBackoffMilliseconds, refresh << min(watch.health.failures, 6))
                    // A throttled profile waits as long as the service asked, when that is longer.
                    watch.health.nextDue = now + max(backoff, report.retryAfterMilliseconds ?? 0)
                    if let renewed = watch.health.renewedAt, let sent = watch.health.lastAttempt, sent <= renewed {
                        // Sent before its key was renewed, and answered after: the new key goes out now.
                        watch.health.nextDue = now
                        watch.health.urgent = true
                    }
                }
            }
        }
        if endpointAnswersAgain { retryUnansweredNeighbours(of: profile, now: now) }
        if loaded, loading.remove(profile) != nil { justLoaded.insert(profile) }
        for (key, old, new) in transitions {
            if let old {
                // A task that started or stopped has counters worth fetching now.
                if old.status != new.status { details[key]?.showSentAt = nil }
                alertOnStatus(key, from: old.status, to: new.status, task: new, now: now, into: &change)
            } else if createdHere.removeValue(forKey: key) == nil, afterFirstLoad {
                alertOnAppeared(key, task: new, now: now, into: &change)
            }
        }
        for key in gone.keys.sorted(by: { $0.id < $1.id }) {
            change.removed.insert(key)
            details[key] = nil
            alertOnGone(key, task: gone[key], now: now, into: &change)
        }
        return change
    }

    /// Counts a page towards its pass; a changed task count starts a new pass at once, and a
    /// completed pass over an unchanged count removes the tasks it did not see. Returns those.
    private static func advanceSweep(
        _ watch: inout ProfileWatch, page: Int, number: Int, count: Int64, now: Int64
    ) -> [TaskKey: SyncTask] {
        guard var sweep = watch.sweep else { return [:] }
        let isCurrent = sweep.number == number && !sweep.isComplete
        if sweep.count != count {
            if isCurrent && sweep.answered.isEmpty {
                sweep = ListSweep(number: sweep.number, startedAt: sweep.startedAt, count: count)
            } else {
                sweep = ListSweep(number: sweep.number + 1, startedAt: now, count: count)
            }
        } else if !isCurrent {
            return [:]
        }
        sweep.answered.insert(page)
        var removed: [TaskKey: SyncTask] = [:]
        if sweep.answered.contains(0) && sweep.missingPages.isEmpty {
            sweep.completedAt = now
            for (id, watched) in watch.tasks where watched.confirmedAt < sweep.startedAt {
                watch.tasks[id] = nil
                removed[TaskKey(profile: watch.name, id: id)] = watched.task
            }
            watch.lastSweepDuration = now - sweep.startedAt
            watch.hasLoaded = true
        }
        watch.sweep = sweep
        return removed
    }

    private mutating func receiveShow(_ key: TaskKey, _ result: Result<SyncTask, ErrorReport>, now: Int64) -> MonitorChange {
        var change = MonitorChange()
        guard !wasDeletedHere(key, now: now) else { return change }
        var detail = details[key] ?? TaskDetail()
        detail.showInFlight = false
        detail.shownAt = now
        switch result {
        case .success(let task):
            if detail.shown != task { change.updated.insert(key) }
            detail.shown = task
            var old: SyncTaskStatus?
            update(key.profile) { watch in
                guard var watched = watch.tasks[key.id] else { return }
                old = watched.task.status
                watched.task.status = task.status ?? watched.task.status
                watched.task.lastStartTime = task.lastStartTime ?? watched.task.lastStartTime
                watched.confirmedAt = now
                watch.tasks[key.id] = watched
            }
            details[key] = detail
            if let old, let new = task.status { alertOnStatus(key, from: old, to: new, task: task, now: now, into: &change) }
            return change
        case .failure(let report):
            if report.isNotFound, let gone = watches[key.profile]?.tasks[key.id] {
                update(key.profile) { $0.tasks[key.id] = nil }
                details[key] = nil
                change.removed.insert(key)
                alertOnGone(key, task: gone.task, now: now, into: &change)
                return change
            }
        }
        details[key] = detail
        return change
    }

    private mutating func receiveAlertCheck(
        _ key: TaskKey, start: Int64, end: Int64, _ result: Result<TaskStatistics, ErrorReport>, now: Int64,
        into change: inout MonitorChange
    ) {
        update(key.profile) { $0.checksInFlight = max(0, $0.checksInFlight - 1) }
        guard checks[key] != nil else { return }
        checks[key]!.inFlight = false
        if case .success(let statistics) = result {
            alertOnStatistics(key, statistics, start: start, end: end, now: now, into: &change)
        }
    }

    private mutating func receiveStatistics(
        _ key: TaskKey, window: StatsWindow, start: Int64, end: Int64, _ result: Result<TaskStatistics, ErrorReport>,
        now: Int64
    ) {
        var detail = details[key] ?? TaskDetail()
        detail.statisticsInFlight = false
        detail.statisticsAt = now
        switch result {
        case .success(let statistics):
            detail.statistics = statistics
            detail.statisticsWindow = window
            detail.statisticsStart = start
            detail.statisticsEnd = end
        case .failure:
            break
        }
        details[key] = detail
    }
}

extension MonitorAnswer {
    /// The profile the answer is for.
    public var profile: String {
        switch self {
        case .page(let profile, _, _, _): profile
        case .shown(let key, _), .statistics(let key, _, _, _, _), .alertCheck(let key, _, _, _): key.profile
        }
    }

    /// The task the answer is about; nil for a list page.
    public var task: TaskKey? {
        switch self {
        case .page: nil
        case .shown(let key, _), .statistics(let key, _, _, _, _), .alertCheck(let key, _, _, _): key
        }
    }

    /// The error of a failed answer, nil on success.
    public var failure: ErrorReport? {
        switch self {
        case .page(_, _, _, .failure(let report)), .shown(_, .failure(let report)),
            .statistics(_, _, _, _, .failure(let report)), .alertCheck(_, _, _, .failure(let report)):
            report
        default: nil
        }
    }

    /// Whether this is page 1 of a list answered well (the sign that a profile is healthy again).
    public var isHealthyHead: Bool {
        if case .page(_, 0, _, .success) = self { return true }
        return false
    }
}
