import DashboardCore
import OMSCore

extension TaskCredentialStore {
    /// Which tasks the dashboard can start without asking for keys.
    var availability: AppState.StartKeyAvailability {
        let covered = coveredTaskIDs
        return AppState.StartKeyAvailability(taskIDs: covered.ids, hasDefault: covered.all)
    }
}
