import OMSCore

extension Monitor {
    /// Whether one look at every profile is complete (`watch --once`): its list loaded and every
    /// task that needs an alert check checked, or its list could not be read.
    public var hasLookedOnce: Bool {
        watches.values.allSatisfy { watch in
            if watch.health.authFailure != nil || (watch.health.failures > 0 && !watch.hasLoaded) { return true }
            guard watch.hasLoaded, watch.checksInFlight == 0 else { return false }
            return watch.tasks.allSatisfy { id, watched in
                let key = TaskKey(profile: watch.name, id: id)
                return !needsAlertCheck(key, status: watched.task.status) || checks[key]?.sentAt != nil
            }
        }
    }
}
