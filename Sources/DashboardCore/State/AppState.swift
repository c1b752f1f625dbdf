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
    /// The rows shown, filtered and sorted.
    public private(set) var rows: [TaskKey] = []
    public internal(set) var selection: TaskKey?
    /// Until the first key or click the selection stays on the first row, however the rows arriving
    /// from many profiles re-sort, so that a first load does not scroll away from the top.
    var selectionFollowsTop = true
    /// The first row shown in the table.
    public internal(set) var scroll = 0
    public internal(set) var focus: Focus = .table
    public internal(set) var filter = ""
    public internal(set) var isEditingFilter = false
    public internal(set) var sort: SortColumn = .status
    public internal(set) var sortDescending = false
    public internal(set) var window: StatsWindow = .sixHours
    public internal(set) var paused = false
    public let readOnly: Bool
    /// What each key does on each screen (without the actions that change tasks when `readOnly`).
    public let keymap: Keymap
    public internal(set) var overlay: Overlay?
    public internal(set) var lastError: ErrorReport?
    /// A result shown in the status bar for a few seconds, whatever the keys (a start or stop accepted).
    public internal(set) var flash: Flash?
    /// A short word for the user after a key that could not act, or a failed alert hook (cleared
    /// by the next key).
    public internal(set) var notice: Notice?
    public internal(set) var now: Int64
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var startKeys: StartKeyAvailability
    /// The names of the non-empty environment variables, for the create form's "env:NAME" checks.
    public internal(set) var environmentNames: Set<String>
    /// A task created here, selected as soon as the list shows it.
    public internal(set) var pendingSelection: TaskKey?
    /// Whether block characters can be drawn (a UTF-8 locale).
    public internal(set) var unicode: Bool
    /// The language of every word the dashboard itself shows (English where `unicode` is off).
    public internal(set) var language: Language
    public internal(set) var shouldQuit = false
    /// Changes whenever what the screen shows may have changed: a key, a click, a resize, a new
    /// second on the clock, an answer that changed something shown. A face redraws only then.
    public private(set) var revision = 0

    /// Every task's sort and filter fields, and the tasks in sort order.
    private var fields: [TaskKey: RowFields] = [:]
    private var ordered: [RowFields] = []
    /// How many tasks are synchronizing and stopped, for the header.
    public private(set) var statusCounts = (synchronizing: 0, stopped: 0)

    public init(
        profiles: [Monitor.Profile], settings: MonitorSettings = MonitorSettings(), readOnly: Bool = false, keymap: Keymap = .standard,
        startKeys: StartKeyAvailability = StartKeyAvailability(), environmentNames: Set<String> = [],
        unicode: Bool = true, language: Language = .english, now: Int64 = 0, width: Int = 120, height: Int = 40
    ) {
        monitor = Monitor(profiles: profiles, settings: settings)
        self.readOnly = readOnly
        self.keymap = readOnly ? keymap.withoutTaskChanges() : keymap
        self.startKeys = startKeys
        self.environmentNames = environmentNames
        self.unicode = unicode
        self.language = language
        self.now = now
        self.width = width
        self.height = height
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
        Interest(selected: selection.flatMap { task($0) != nil ? $0 : nil }, visible: Array(visibleRows), window: window)
    }

    /// Takes a change of the watched world into the rows: re-sorts only when a sort value changed
    /// or a task came or went, re-filters only when a searched text changed.
    mutating func apply(_ change: MonitorChange) {
        guard !change.isEmpty else { return }
        var resort = false
        var refilter = !change.removed.isEmpty
        for key in change.removed where fields.removeValue(forKey: key) != nil { resort = true }
        for key in change.updated {
            guard let task = task(key) else { continue }
            let owner = monitor.profilesByName[key.profile]
            let new = RowFields(
                key: key, task: task, profileRegion: monitor.profileRegions[key.profile] ?? "", account: owner?.account,
                organization: owner?.organization)
            if let old = fields[key] {
                if !old.sortsLike(new, in: sort) || old.status != new.status { resort = true }
                if old.searchText != new.searchText { refilter = true }
            } else {
                resort = true
            }
            fields[key] = new
        }
        if resort {
            refreshRows()
        } else if refilter {
            ordered = ordered.map { fields[$0.key] ?? $0 }
            self.refilter()
        }
        if let pending = pendingSelection, fields[pending] != nil { selectCreated(pending) }
    }

    /// Selects a task created here, clearing a filter that hides it.
    private mutating func selectCreated(_ key: TaskKey) {
        pendingSelection = nil
        if !rows.contains(key) {
            filter = ""
            isEditingFilter = false
            refilter()
        }
        selection = key
        focus = .table
        clampScroll()
    }

    /// Notes that what the screen shows may have changed.
    mutating func noteScreenChanged() { revision &+= 1 }

    /// What the create form knows of the session.
    public var formContext: TaskForm.Context {
        TaskForm.Context(profiles: profiles, environmentNames: environmentNames, hasConfigKeys: startKeys.hasDefault)
    }

    /// Re-sorts every task (after new tasks or a new sort order), then re-filters.
    public mutating func refreshRows() {
        let (column, descending) = (sort, sortDescending)
        ordered = Array(fields.values)
        ordered.sort { $0.precedes($1, by: column, descending: descending) }
        var synchronizing = 0, stopped = 0
        for row in ordered {
            if row.isSynchronizing { synchronizing += 1 } else if row.status == Self.stoppedText { stopped += 1 }
        }
        statusCounts = (synchronizing, stopped)
        refilter()
    }

    private static let stoppedText = Array("STOPPED".utf8)

    /// Applies the filter to the sorted tasks, keeping the selection on the same task when it stays.
    public mutating func refilter() {
        let query = FilterQuery(filter)
        rows = query.isEmpty ? ordered.map(\.key) : ordered.compactMap { query.matches($0) ? $0.key : nil }
        if let selection, fields[selection] == nil || (!query.isEmpty && !rows.contains(selection)) {
            self.selection = rows.first
        }
        if selection == nil || selectionFollowsTop { selection = rows.first }
        clampScroll()
    }

    /// The screen's layout at the current size and focus.
    public var layout: Layout {
        Layout(
            width: width, height: height, focus: focus, banner: bannerCause != nil, errorLine: lastError != nil,
            rowCount: rows.count, detailAlerts: selectedAlertCount)
    }

    /// The firing alerts of the selected task, each a line of the detail pane.
    var selectedAlertCount: Int {
        selection.map { monitor.alerts.alerts(profile: $0.profile, taskID: $0.id).count } ?? 0
    }

    /// The index of the selected row.
    public var selectedIndex: Int? { selection.flatMap { rows.firstIndex(of: $0) } }

    /// Keeps the selected row inside the visible part of the table.
    public mutating func clampScroll() {
        let visible = max(1, layout.tableRows)
        guard let index = selectedIndex else {
            scroll = 0
            return
        }
        if index < scroll { scroll = index }
        if index >= scroll + visible { scroll = index - visible + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - visible)))
    }

    /// The keys of the rows in view.
    public var visibleRows: ArraySlice<TaskKey> {
        let end = min(rows.count, scroll + max(0, layout.tableRows))
        return scroll < end ? rows[scroll..<end] : []
    }

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

    /// The line under the header, when something needs saying: paused, stale or stopped polling;
    /// with several profiles, or a key whose renewal fails, which ones are refused, failing or
    /// renewing in vain, each with the fix.
    public var banner: String? {
        switch bannerCause {
        case .fleet?: fleetBanner
        case .refused(let failure)?:
            language.text(.bannerRefused, [
                "who": failure.credentials ?? language.text(.bannerCredentials),
                "code": failure.code.map { " (\($0))" } ?? "", "key": keymap.label(.refresh, unicode: unicode),
            ])
        case .paused?: pausedBanner
        case .stale?: language.text(.bannerStale)
        case nil: nil
        }
    }

    /// The profiles whose key renewal is failing, in the config's order.
    var renewalFailing: [String] {
        let firing = Set(monitor.alerts.firing(atLeast: .info).filter { $0.key.rule == .credentialsRenewal }.map(\.key.profile))
        return firing.isEmpty ? [] : profiles.map(\.name).filter(firing.contains)
    }

    /// The organizations' accounts whose agency refuses (it is missing, or does not trust the
    /// management account), each once in order, with the refusal's words.
    var agencyRefusals: [(account: String, refusal: Wording)] {
        var refusals: [String: Wording] = [:]
        for alert in monitor.alerts.firing(atLeast: .info) where alert.key.rule == .credentialsRenewal {
            if let refusal = alert.wording.find(.credentialMemberAgencyRefused) { refusals[alert.key.profile] = refusal }
        }
        guard !refusals.isEmpty else { return [] }
        var seen: Set<String> = []
        return profiles.compactMap { profile in
            guard let account = profile.account, let refusal = refusals[profile.name], seen.insert(account).inserted else { return nil }
            return (account, refusal)
        }
    }

    private var pausedBanner: String { language.text(.bannerPaused, ["key": keymap.label(.pause, unicode: unicode)]) }

    /// The banner of several profiles: the refused ones and the failing ones by name (as many as
    /// fit, then how many more), each group with its fix; else paused.
    private var fleetBanner: String {
        let refusals = agencyRefusals
        let refusing = Set(refusals.map(\.account))
        // An account whose agency refuses is named once, in its own group, not once per region.
        let ownGroup = { (name: String) in self.monitor.profilesByName[name]?.account.map(refusing.contains) ?? false }
        let renewing = renewalFailing.filter { !ownGroup($0) }
        let health = monitor.fleetHealth
        let troubled = !renewing.isEmpty || !refusals.isEmpty || health.count(.refused) > 0 || !health.stale.isEmpty
        guard troubled else { return pausedBanner }
        let fleet = FleetHealth(monitor, excluding: ownGroup)
        let key = ["key": keymap.label(.refresh, unicode: unicode)]
        var groups: [(lead: Message, names: [String], fix: String, shortFix: String)] = []
        if let first = refusals.first {
            let values = ["agency": first.refusal.values["agency"] ?? "", "trusted": first.refusal.values["trusted"] ?? ""]
            groups.append((
                .bannerFleetAgency, refusals.map(\.account), language.text(.bannerFleetAgencyFix, values),
                language.text(.bannerFleetAgencyFixShort, values)))
        }
        if fleet.count(.refused) > 0 {
            groups.append((.bannerFleetRefused, fleet.names(.refused), language.text(.bannerFleetRefusedFix, key), language.text(.bannerFleetRefusedFixShort, key)))
        }
        if health.stale.contains(where: { !ownGroup($0) }) {
            groups.append((.bannerFleetFailing, fleet.names(.failing), language.text(.bannerFleetFailingFix), language.text(.bannerFleetFailingFixShort)))
        }
        if !renewing.isEmpty {
            let events = ["key": keymap.label(.timeline, unicode: unicode)]
            groups.append((.bannerFleetRenewal, renewing, language.text(.bannerFleetRenewalFix, events), language.text(.bannerFleetRenewalFixShort, events)))
        }
        let separator = " │ "
        let lead = { (group: Message, names: String) in self.language.text(group, ["names": names]) }
        // The columns left for each group's names, with the long fixes or the short ones.
        let room = { (long: Bool) in
            (self.width - 1 - DisplayWidth.of(separator) * (groups.count - 1)
                - groups.reduce(0) { $0 + DisplayWidth.of(lead($1.lead, "") + (long ? $1.fix : $1.shortFix)) }) / groups.count
        }
        let allNames = groups.map { DisplayWidth.of(FleetHealth.named($0.names, width: .max, language: language)) }.max() ?? 0
        let long = room(true) >= min(30, allNames)
        let names = max(12, room(long))
        return groups.map { lead($0.lead, FleetHealth.named($0.names, width: names, language: language)) + (long ? $0.fix : $0.shortFix) }
            .joined(separator: separator)
    }
}
