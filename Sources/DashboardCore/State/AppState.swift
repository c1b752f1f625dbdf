import MonitorCore
import OMSCore

/// Everything the dashboard shows and remembers: the watched world (`monitor`, shared with the
/// other faces) and what is about the screen and the keyboard. Built and changed only by `reduce`,
/// drawn only by `render`; no I/O, no clock of its own.
public struct AppState: Sendable {
    /// Which task ids have start keys in the config (the keys themselves stay with the runtime).
    public struct StartKeyAvailability: Sendable, Equatable {
        public var taskIDs: Set<String>
        public var hasDefault: Bool

        public init(taskIDs: Set<String> = [], hasDefault: Bool = false) {
            self.taskIDs = taskIDs
            self.hasDefault = hasDefault
        }

        public func covers(_ id: String) -> Bool { hasDefault || taskIDs.contains(id) }
    }

    /// What has the keyboard.
    public enum Focus: Sendable, Equatable { case table, detail }

    /// The watched world: tasks, details, sweeps, budget and schedule.
    public internal(set) var monitor: Monitor
    /// The rows, their order and filter, the selection and the scroll.
    public internal(set) var table = TaskTable()
    public internal(set) var focus: Focus = .table
    public internal(set) var window: StatsWindow = .sixHours
    public internal(set) var paused = false
    /// What the session was started with: read-only or not, keys, language.
    public internal(set) var session: SessionSettings
    /// The terminal's size.
    public internal(set) var viewport: Viewport
    public internal(set) var overlay: Overlay?
    /// The selected tasks' failed-object lists, in short, for the detail pane.
    public internal(set) var listGlances = ListGlances()
    /// The last error, a flash and a notice, each with its lifetime.
    public internal(set) var status = StatusLine()
    public internal(set) var now: Int64
    public internal(set) var shouldQuit = false
    /// Changes whenever what the screen shows may have changed: a key, a click, a resize, a new
    /// second on the clock, an answer that changed something shown. A face redraws only then.
    public private(set) var revision = 0

    public init(
        profiles: [Monitor.Profile], settings: MonitorSettings = MonitorSettings(), readOnly: Bool = false, keymap: Keymap = .standard,
        startKeys: StartKeyAvailability = StartKeyAvailability(), environmentNames: Set<String> = [],
        unicode: Bool = true, language: Language = .english, clock: LocalTime = .system, now: Int64 = 0, width: Int = 120,
        height: Int = 40
    ) {
        monitor = Monitor(profiles: profiles, settings: settings)
        session = SessionSettings(
            readOnly: readOnly, keymap: keymap, startKeys: startKeys, environmentNames: environmentNames, unicode: unicode,
            language: language, clock: clock)
        viewport = Viewport(width: width, height: height)
        self.now = now
    }

    public var profiles: [Monitor.Profile] { monitor.profiles }
    /// Each profile's polling health, by name.
    public var polls: [String: PollState] { monitor.watches.mapValues(\.health) }
    public var details: [TaskKey: TaskDetail] { monitor.details }
    public var taskCount: Int { monitor.taskCount }

    /// The firing alerts about a task that need attention (warning or above), most severe first.
    public func attention(_ key: TaskKey) -> [FiringAlert] {
        monitor.alerts.alerts(profile: key.profile, taskID: key.id).filter { $0.severity >= .warning }
    }

    /// How many alerts at warning or above are firing, over tasks and profiles.
    public var attentionCount: Int { monitor.alerts.firing(atLeast: .warning).count }

    /// Whether rows come from more than one profile (the table then names the profile).
    public var isMultiProfile: Bool { profiles.count > 1 }

    /// The task a row shows: the freshest of the list row and the show answer.
    public func task(_ key: TaskKey) -> SyncTask? { monitor.task(key) }

    /// What the monitor should keep fresh for this screen.
    var interest: Interest {
        Interest(selected: table.selection.flatMap { task($0) != nil ? $0 : nil }, visible: Array(visibleRows), window: window)
    }

    /// Takes a change of the watched world into the rows; a task created here gets the keyboard
    /// as soon as the list shows it.
    mutating func apply(_ change: MonitorChange) {
        guard !change.isEmpty else { return }
        if table.apply(change, from: monitor, visibleCount: tableRowsFor) {
            focus = .table
            clampScroll()
        }
    }

    /// Notes that what the screen shows may have changed.
    mutating func noteScreenChanged() { revision &+= 1 }

    /// What the create form knows of the session.
    public var formContext: TaskForm.Context {
        TaskForm.Context(profiles: profiles, environmentNames: session.environmentNames, hasConfigKeys: session.startKeys.hasDefault)
    }

    /// Re-sorts every task (after new tasks or a new sort order), then re-filters.
    mutating func refreshRows() { table.refreshRows(visibleCount: tableRowsFor) }

    /// Applies the filter to the sorted tasks, keeping the selection on the same task when it stays.
    mutating func refilter() { table.refilter(visibleCount: tableRowsFor) }

    /// Keeps the selected row inside the visible part of the table.
    mutating func clampScroll() { table.clampScroll(visibleCount: tableRowsFor) }

    /// The table rows of the layout for the table as it may become, the rest of the screen as it is.
    private var tableRowsFor: (TaskTable) -> Int {
        let layout = layoutFor
        return { layout($0).tableRows }
    }

    /// The screen's layout for a table, the rest of the screen as it is: plain values copied out, so
    /// that the table can be changed while it is asked.
    private var layoutFor: (TaskTable) -> Layout {
        let (width, height, focus, banner, errorLine) = (viewport.width, viewport.height, focus, bannerCause != nil, status.error != nil)
        let alerts = monitor.alerts
        return { table in
            Layout(
                width: width, height: height, focus: focus, banner: banner, errorLine: errorLine, rowCount: table.rows.count,
                detailAlerts: Self.alertCount(of: table.selection, in: alerts))
        }
    }

    /// The screen's layout at the current size and focus.
    public var layout: Layout { layoutFor(table) }

    /// The firing alerts of the selected task, each a line of the detail pane.
    var selectedAlertCount: Int { Self.alertCount(of: table.selection, in: monitor.alerts) }

    /// The firing alerts of `selection` in `alerts`.
    private static func alertCount(of selection: TaskKey?, in alerts: AlertBook) -> Int {
        selection.map { alerts.alerts(profile: $0.profile, taskID: $0.id).count } ?? 0
    }

    /// The keys of the rows in view.
    public var visibleRows: ArraySlice<TaskKey> { table.visibleRows(layout.tableRows) }

    /// Whether every profile answered and every visible row has its counters and statistics.
    public var hasLoadedVisibleRows: Bool {
        guard polls.values.allSatisfy({ $0.lastSuccess != nil }) else { return false }
        return visibleRows.allSatisfy { key in
            guard let detail = details[key] else { return false }
            return detail.shownAt != nil && detail.statisticsAt != nil && !detail.showInFlight && !detail.statisticsInFlight
        }
    }

    /// Why the banner line shows, if it does: plain values, so that the layout (and through it
    /// the rows in view, and so the requests) never waits on words measured for the screen.
    enum BannerCause {
        /// Several profiles, or a key whose renewal fails: some are in trouble, or polling is paused.
        case fleet
        case refused(ErrorReport)
        case paused
        case stale
    }

    var bannerCause: BannerCause? {
        if profiles.count > 1 || !renewalFailing.isEmpty {
            let health = monitor.fleetHealth
            // An agency's refusal fires a renewal alert too, so renewalFailing covers it.
            let troubled = !renewalFailing.isEmpty || health.count(.refused) > 0 || !health.stale.isEmpty
            return troubled || paused ? .fleet : nil
        }
        let health = monitor.watches.values.map(\.health)
        if let failure = health.compactMap(\.authFailure).first { return .refused(failure) }
        if paused { return .paused }
        if health.contains(where: { $0.failures >= PollState.staleAfterFailures }) { return .stale }
        return nil
    }

    /// The profiles whose key renewal is failing, in the config's order.
    var renewalFailing: [String] {
        let firing = Set(monitor.alerts.firing(atLeast: .info).filter { $0.key.rule == .credentialsRenewal }.map(\.key.profile))
        return firing.isEmpty ? [] : profiles.map(\.name).filter(firing.contains)
    }
}
