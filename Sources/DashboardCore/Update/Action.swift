import MonitorCore
import OMSCore

/// Everything that can happen to the dashboard: keys, time, size, and answers from the API.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The terminal the dashboard opened in: its size, and whether it draws UTF-8 (where it does
    /// not, the dashboard draws ASCII and speaks English: Chinese cannot be drawn there).
    case terminalOpened(width: Int, height: Int, unicode: Bool)
    /// The clock, in ms since 1970: drives polling and the "refreshed Ns ago" age.
    case tick(now: Int64)
    /// The answer to a fetch of the monitor.
    case answer(MonitorAnswer)
    /// A start, stop or delete came back: nil on success.
    case commandFinished(TaskKey, ConfirmDialog.Command, ErrorReport?)
    /// A create came back, in this profile: the new task's id, or the refusal.
    case created(profile: String, Result<String, ErrorReport>)
    /// The `alerts.command` hook failed: a line for the status bar.
    case hookFailed(Wording)
    /// The renewal of a profile's temporary key started failing (with why) or recovered (nil).
    case credentialRenewal(profile: String, failing: Wording?)
    /// An organization's listing: its profiles now, in the listing's order.
    case organizationListed(organization: String, profiles: [Monitor.Profile])
    /// An organization's listing failed, and why; its last known profiles stay.
    case organizationListingFailed(organization: String, reason: Wording)
    /// A task's failed-object lists were read (the first objects kept), or why they could not be.
    case objectListsRead(TaskKey, Result<ObjectListSummary, ErrorReport>)
    /// The newest of a task's failed-object lists, in short, or why they could not be read.
    case objectListsGlanced(TaskKey, Result<ObjectListGlance, ErrorReport>)
    /// The config was read again (the reload key): what to watch now, or why it was refused.
    case configRead(ConfigReading)
}

/// A config read again, for the monitor: the profiles it names now, in its order, those whose
/// connection changed, its settings, and what changed in words; or why it was refused, the last
/// good config running on.
public enum ConfigReading: Sendable {
    case read(profiles: [Monitor.Profile], restarting: Set<String>, settings: MonitorSettings, said: Wording)
    case refused(Wording)
}

/// Work for the runtime: each effect's answer comes back as an action.
public enum Effect: Sendable, Equatable {
    /// A request the monitor wants sent.
    case fetch(Fetch)
    /// Start with these keys, or with the keys of the config when nil.
    case startTask(TaskKey, StartSyncTaskRequest?)
    case stopTask(TaskKey)
    case deleteTask(TaskKey)
    /// Create the form's task, its secrets resolved from the environment and the config.
    case createTask(TaskForm)
    /// Ask the task to synchronize these objects: one POST a request, in turn, stopping at a failure.
    case syncObjects(TaskKey, [CreateSyncEventsRequest])
    /// Read the failed-object lists of the task in its destination bucket (and region, when the
    /// task names one), keeping the first `limit` objects.
    case readObjectLists(TaskKey, bucket: String, region: String?, limit: Int)
    /// Read the newest of the task's failed-object lists, for the detail pane's line.
    case glanceObjectLists(TaskKey, bucket: String, region: String?)
    /// Read the config again.
    case readConfig
    /// An alert event to hand to `alerts.command`.
    case announce(AlertEvent)
    /// Ring the terminal bell (a new warning or critical, with `alerts.bell`).
    case bell
    case quit
}
