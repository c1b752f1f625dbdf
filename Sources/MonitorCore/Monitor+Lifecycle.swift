import OMSCore

/// Creates and deletes made by this omsdash: the monitor takes them in at once rather than wait
/// for the list, and does not report them back to the user as changes made elsewhere.
extension Monitor {
    /// Takes in that this omsdash created a task: page 1 (newest first) is due at once, and the
    /// task's arrival there is not `task_appeared`.
    public mutating func noteCreated(_ key: TaskKey, now: Int64) {
        createdHere = createdHere.filter { now - $0.value <= Self.ownStopMilliseconds }
        createdHere[key] = now
        askPageOneNow(key.profile, now: now)
    }

    /// Takes in that this omsdash deleted a task: it leaves the watched world now, its alerts end
    /// without a `task_gone`, and answers sent before the delete do not bring it back.
    @discardableResult
    public mutating func noteDeleted(_ key: TaskKey, now: Int64) -> MonitorChange {
        var change = MonitorChange()
        deletedHere = deletedHere.filter { now - $0.value <= Self.ownStopMilliseconds }
        deletedHere[key] = now
        if watches[key.profile]?.tasks[key.id] != nil { taskCount -= 1 }
        update(key.profile) { watch in
            watch.tasks[key.id] = nil
            if let count = watch.count { watch.count = max(0, count - 1) }
        }
        askPageOneNow(key.profile, now: now)
        details[key] = nil
        checks[key] = nil
        stoppedHere[key] = nil
        change.events += alerts.resolveAll(profile: key.profile, taskID: key.id, message: Wording(.alertDeletedHere), now: now)
        change.removed.insert(key)
        return change
    }

    /// Whether this omsdash deleted the task lately, so that an older answer's copy of it is stale.
    func wasDeletedHere(_ key: TaskKey, now: Int64) -> Bool {
        deletedHere[key].map { now - $0 <= Self.ownStopMilliseconds } ?? false
    }
}
