import OMSCore

/// The alert rules as the monitor runs them on every answer. Each `alertOn…` method adds the
/// events it caused to `change`.
extension Monitor {
    /// A stop this omsdash made is its own for this long: an answer sent before the stop may still
    /// show the task synchronizing, and the next one stopped.
    static let ownStopMilliseconds: Int64 = 120_000

    /// `task_stopped` fires when a task goes from SYNCHRONIZING to STOPPED unless this omsdash
    /// stopped it; it and `silent_source` end when the task synchronizes again or stops.
    mutating func alertOnStatus(
        _ key: TaskKey, from old: SyncTaskStatus?, to new: SyncTaskStatus?, task: SyncTask, now: Int64,
        into change: inout MonitorChange
    ) {
        guard old != new else { return }
        if old == .synchronizing, new == .stopped {
            let ownStop = stoppedHere[key].map { now - $0 <= Self.ownStopMilliseconds } ?? false
            if !ownStop { stoppedHere[key] = nil }
            resolve(AlertKey(.silentSource, task: key), Wording(.alertTaskStopped), now: now, into: &change)
            if !ownStop {
                fire(AlertKey(.taskStopped, task: key), Wording(.alertStoppedOutside, ["task": TaskLabel.text(task)]), now: now, into: &change)
            }
        } else if new == .synchronizing {
            resolve(AlertKey(.taskStopped, task: key), Wording(.alertSynchronizingAgain), now: now, into: &change)
        }
    }

    /// `task_appeared` for a task first seen after the list's first full load.
    mutating func alertOnAppeared(_ key: TaskKey, task: SyncTask, now: Int64, into change: inout MonitorChange) {
        let values = ["task": TaskLabel.text(task), "status": task.status?.rawValue ?? ""]
        fire(AlertKey(.taskAppeared, task: key), Wording(task.status == nil ? .alertNewTaskUnknown : .alertNewTask, values), now: now, into: &change)
    }

    /// `task_gone` for a task that left the list; its other alerts end with it.
    mutating func alertOnGone(_ key: TaskKey, task: SyncTask?, now: Int64, into change: inout MonitorChange) {
        change.events += alerts.resolveAll(profile: key.profile, taskID: key.id, message: Wording(.alertGone), now: now)
        checks[key] = nil
        stoppedHere[key] = nil
        let message = task.map { Wording(.alertLeftList, ["task": TaskLabel.text($0)]) } ?? Wording(.alertLeftListUnknown)
        fire(AlertKey(.taskGone, task: key), message, now: now, into: &change)
    }

    /// `api_unhealthy` while a profile's credentials are refused or no refresh succeeded for the
    /// threshold (0: the first failure, as `watch --once` judges); it ends when page 1 answers again.
    mutating func alertOnHealth(_ profile: String, lastError: ErrorReport?, now: Int64, into change: inout MonitorChange) {
        guard let health = watches[profile]?.health else { return }
        let key = AlertKey(rule: .apiUnhealthy, profile: profile, taskID: nil)
        let threshold = settings.alerts.unhealthyMilliseconds
        if let refused = health.authFailure {
            fire(key, Wording(.alertRefused, ["code": refused.code.map { " (\($0))" } ?? ""]), now: now, into: &change)
        } else if health.failures > 0, let since = health.lastSuccess ?? health.firstAttempt, now - since >= threshold {
            // The reason is the service's or the network's own message, in its own words.
            let reason = lastError.map { Wording(.alertReason, parts: ["error": $0.wording]) } ?? .verbatim("")
            let message = threshold == 0
                ? Wording(.alertListUnreadable, parts: ["reason": reason])
                : Wording(
                    .alertNoRefresh, parts: ["reason": reason],
                    quantities: ["age": .duration(milliseconds: now - since), "threshold": .duration(milliseconds: threshold)])
            fire(key, message, now: now, into: &change)
        } else if health.failures == 0, health.lastSuccess != nil {
            resolve(key, Wording(.alertRefreshesSucceed), now: now, into: &change)
        }
    }

    /// `credentials_renewal` fires when the renewal of a profile's temporary key starts failing
    /// (`failing` is why), and resolves when a renewal succeeds again; then a page 1 that failed
    /// meanwhile is asked for at once, rather than after its backoff.
    public mutating func credentialRenewal(_ profile: String, failing: Wording?, now: Int64) -> MonitorChange {
        var change = MonitorChange()
        let key = AlertKey(rule: .credentialsRenewal, profile: profile, taskID: nil)
        if let failing {
            fire(key, Wording(.alertRenewalFailing, parts: ["reason": failing]), now: now, into: &change)
        } else {
            resolve(key, Wording(.alertRenewalRecovered), now: now, into: &change)
            refreshAfterRenewal(profile, now: now)
        }
        return change
    }

    /// `failure_burst` and `silent_source` on the statistics of an alert check.
    /// The rules judge the series as of `end`, when the request was made.
    mutating func alertOnStatistics(
        _ key: TaskKey, _ statistics: TaskStatistics, start: Int64, end: Int64, now: Int64, into change: inout MonitorChange
    ) {
        let step = statistics.timeType?.milliseconds ?? AlertCheck.periodMilliseconds
        let requests = SeriesWindow(points: statistics[.request]?.points ?? [], start: start, end: end, step: step)
        let failures = SeriesWindow(points: statistics[.failure]?.points ?? [], start: start, end: end, step: step)
        let task = task(key)
        if settings.alerts.isEnabled(.failureBurst) {
            let burst = AlertKey(.failureBurst, task: key)
            let (verdict, judged) = FailureBurstRule(settings: settings.alerts).evaluate(
                requests: requests, failures: failures, now: end, judged: checks[key]?.judgedBucket,
                firing: alerts.isFiring(burst))
            checks[key]?.judgedBucket = judged
            apply(verdict, to: burst, now: now, into: &change)
        }
        if settings.alerts.isEnabled(.silentSource) {
            let silent = AlertKey(.silentSource, task: key)
            let verdict: RuleVerdict
            if task?.status == .synchronizing {
                verdict = SilentSourceRule(settings: settings.alerts).evaluate(
                    requests: requests, now: end, synchronizingSince: task?.lastStartTime, firing: alerts.isFiring(silent))
            } else {
                verdict = alerts.isFiring(silent) ? .resolve(Wording(.alertNotSynchronizing)) : .unchanged
            }
            apply(verdict, to: silent, now: now, into: &change)
        }
    }

    /// Whether a task needs alert checks: it synchronizes, or a statistics alert about it fires.
    func needsAlertCheck(_ key: TaskKey, status: SyncTaskStatus?) -> Bool {
        guard settings.alerts.checksStatistics else { return false }
        if status == .synchronizing { return true }
        return alerts.isFiring(AlertKey(.failureBurst, task: key))
            || alerts.isFiring(AlertKey(.silentSource, task: key))
    }

    private mutating func apply(_ verdict: RuleVerdict, to key: AlertKey, now: Int64, into change: inout MonitorChange) {
        switch verdict {
        case .fire(let message): fire(key, message, now: now, into: &change)
        case .resolve(let message): resolve(key, message, now: now, into: &change)
        case .unchanged: break
        }
    }

    mutating func fire(_ key: AlertKey, _ message: Wording, now: Int64, into change: inout MonitorChange) {
        guard settings.alerts.isEnabled(key.rule) else { return }
        if let event = alerts.fire(key, severity: settings.alerts.severity(of: key.rule), message: message, now: now) {
            change.events.append(event)
        }
    }

    private mutating func resolve(_ key: AlertKey, _ message: Wording, now: Int64, into change: inout MonitorChange) {
        if let event = alerts.resolve(key, message: message, now: now) { change.events.append(event) }
    }
}

extension AlertSettings {
    /// Whether any rule needs statistics (and so alert checks are fetched at all).
    var checksStatistics: Bool { isEnabled(.failureBurst) || isEnabled(.silentSource) }

    /// The span of statistics an alert check asks for: the silent span and its lookback, or a day
    /// for the failure median.
    var checkSpanMilliseconds: Int64 {
        isEnabled(.silentSource) ? SilentSourceRule(settings: self).span : 86_400_000
    }
}

/// "logs-prod → logs-prod-obs": how alert messages name a task.
enum TaskLabel {
    static func text(_ task: SyncTask) -> String {
        let source = [task.srcCloudType?.rawValue, task.srcBucket].compactMap { $0 }.joined(separator: " ")
        return "\(source.isEmpty ? task.id : source) → \(task.dstBucket ?? "?")"
    }
}
