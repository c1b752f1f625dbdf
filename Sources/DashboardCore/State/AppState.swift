import OMSCore

/// Everything the dashboard shows and remembers. Built and changed only by `reduce`, drawn only
/// by `render`; no I/O, no clock of its own.
public struct AppState: Sendable {
    /// One watched account and region.
    public struct ProfileInfo: Sendable, Equatable {
        public var name: String
        public var region: String
        public var projectID: String?

        public init(name: String, region: String, projectID: String?) {
            self.name = name
            self.region = region
            self.projectID = projectID
        }
    }

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

    public var profiles: [ProfileInfo]
    public var polls: [String: PollState]
    public var tasks: [TaskKey: SyncTask] = [:]
    public var details: [TaskKey: TaskDetail] = [:]
    /// The rows shown, filtered and sorted.
    public private(set) var rows: [TaskKey] = []
    public var selection: TaskKey?
    /// The first row shown in the table.
    public var scroll = 0
    public var focus: Focus = .table
    public var filter = ""
    public var isEditingFilter = false
    public var sort: SortColumn = .status
    public var sortDescending = false
    public var window: StatsWindow = .sixHours
    public var paused = false
    public let readOnly: Bool
    public var overlay: Overlay?
    public var lastError: ErrorReport?
    /// A short word for the user after a key that could not act (cleared by the next key).
    public var notice: String?
    public var now: Int64
    public var width: Int
    public var height: Int
    /// Milliseconds between list refreshes.
    public var refreshMilliseconds: Int64
    public var startKeys: StartKeyAvailability
    /// Whether block characters can be drawn (a UTF-8 locale).
    public var unicode: Bool
    public var shouldQuit = false

    public init(
        profiles: [ProfileInfo], refreshSeconds: Double = 5, readOnly: Bool = false,
        startKeys: StartKeyAvailability = StartKeyAvailability(), unicode: Bool = true, now: Int64 = 0,
        width: Int = 120, height: Int = 40
    ) {
        self.profiles = profiles
        polls = Dictionary(uniqueKeysWithValues: profiles.map { ($0.name, PollState()) })
        self.refreshMilliseconds = Int64(max(1, refreshSeconds) * 1000)
        self.readOnly = readOnly
        self.startKeys = startKeys
        self.unicode = unicode
        self.now = now
        self.width = width
        self.height = height
    }

    /// Whether rows come from more than one profile (the table then names the profile).
    public var isMultiProfile: Bool { profiles.count > 1 }

    /// The task a row shows: the freshest of the list row and the show answer.
    public func task(_ key: TaskKey) -> SyncTask? {
        guard var task = tasks[key] else { return details[key]?.shown }
        if let shown = details[key]?.shown { task.monthly = shown.monthly }
        return task
    }

    /// Every task in sort order with the text the filter searches; rebuilt when data or sort change.
    private var sorted: [(key: TaskKey, text: [UInt8])] = []
    /// The lowercased UTF-8 text the filter searches, per task; dropped when a task's list row changes.
    var searchText: [TaskKey: [UInt8]] = [:]
    /// How many tasks are synchronizing and stopped, for the header.
    public private(set) var statusCounts = (synchronizing: 0, stopped: 0)

    /// Re-sorts every task (after new data or a new sort order), then re-filters.
    public mutating func refreshRows() {
        let values = tasks.keys.map { key in (key: key, sortValue: sortValue(of: key)) }
        let ordered = values.sorted { a, b in
            if a.sortValue != b.sortValue { return sortDescending ? a.sortValue > b.sortValue : a.sortValue < b.sortValue }
            return a.key < b.key
        }
        sorted = ordered.map { entry in
            if let text = searchText[entry.key] { return (entry.key, text) }
            let text = Array(Self.haystack(of: tasks[entry.key]!).utf8)
            searchText[entry.key] = text
            return (entry.key, text)
        }
        var synchronizing = 0, stopped = 0
        for task in tasks.values {
            if task.status == .synchronizing { synchronizing += 1 } else if task.status == .stopped { stopped += 1 }
        }
        statusCounts = (synchronizing, stopped)
        refilter()
    }

    /// Applies the filter to the sorted tasks, keeping the selection on the same task when it stays.
    public mutating func refilter() {
        let needle = Array(filter.lowercased().utf8)
        rows = needle.isEmpty ? sorted.map(\.key) : sorted.compactMap { Self.contains($0.text, needle) ? $0.key : nil }
        if let selection, !rows.contains(selection) { self.selection = rows.first }
        if selection == nil { selection = rows.first }
        clampScroll()
    }

    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count && haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether two versions of a task search the same (the fields of `haystack` are equal).
    static func sameSearchFields(_ a: SyncTask, _ b: SyncTask) -> Bool {
        searchFields(of: a) == searchFields(of: b)
    }

    /// The fields the filter searches: id, buckets, regions, description, cloud.
    private static func searchFields(of task: SyncTask) -> [String?] {
        [task.id, task.srcBucket, task.dstBucket, task.srcRegion, task.dstRegion, task.description, task.srcCloudType?.rawValue]
    }

    /// The text the filter searches, lowercased.
    static func haystack(of task: SyncTask) -> String {
        searchFields(of: task).compactMap { $0 }.joined(separator: " ").lowercased()
    }

    /// The value a task sorts by in the current sort column, computed once per sort.
    private func sortValue(of key: TaskKey) -> SortValue {
        guard let task = task(key) else { return .number(0) }
        switch sort {
        case .status: return .text(TaskText.status(task) == "SYNCHRONIZING" ? "0" : "1" + TaskText.status(task))
        case .lastStart: return .number(-Double(task.lastStartTime ?? 0))
        case .source: return .text(TaskText.source(task))
        case .destination: return .text(TaskText.destination(task))
        case .description: return .text(task.description ?? "")
        case .requested: return .number(-Double(task.monthly?.requested ?? -1))
        case .failed: return .number(-Double(task.monthly?.failed ?? -1))
        case .size: return .number(-Double(task.monthly?.bytes ?? -1))
        case .successRate: return .number(task.monthly?.successRate ?? 2)
        case .id: return .text(task.id)
        }
    }

    /// The screen's layout at the current size and focus.
    public var layout: Layout { Layout(width: width, height: height, focus: focus, banner: banner != nil, rowCount: rows.count) }

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

    /// The line under the header, when something needs saying: paused, stale or stopped polling.
    public var banner: String? {
        if let failure = polls.values.compactMap(\.authFailure).first {
            let who = failure.credentials ?? "the credentials"
            let code = failure.code.map { " (\($0))" } ?? ""
            return "polling stopped: \(who) refused\(code) · check AK/SK, project id and this machine's clock, then press r"
        }
        if paused { return "polling paused · press p to resume" }
        if polls.values.contains(where: { $0.failures >= PollState.staleAfterFailures }) {
            return "data is stale: the last refreshes failed · retrying with backoff"
        }
        return nil
    }
}
