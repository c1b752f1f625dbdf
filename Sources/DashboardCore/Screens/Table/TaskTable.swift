import MonitorCore
import OMSCore

/// The task table: every task's sort and filter fields, the tasks in sort order, the rows the
/// filter lets through, the selected row and the first row shown. Rows are re-sorted only when a
/// sort value changes or a task comes or goes, and re-filtered only when a searched text changes.
/// `visibleCount` is the number of rows the layout gives the table as it stands (the layout
/// depends on how many rows there are and on the selected task's alerts).
public struct TaskTable: Sendable {
    /// The rows shown, filtered and sorted.
    public private(set) var rows: [TaskKey] = []
    public internal(set) var selection: TaskKey?
    /// Until the first key or click the selection stays on the first row, however the rows arriving
    /// from many profiles re-sort, so that a first load does not scroll away from the top.
    var selectionFollowsTop = true
    /// The first row shown.
    public internal(set) var scroll = 0
    /// The filter as typed, with its cursor.
    public internal(set) var filterField = TextField()
    public internal(set) var isEditingFilter = false
    public internal(set) var sort: SortColumn = .status
    public internal(set) var sortDescending = false
    /// A task created here, selected as soon as the list shows it.
    public internal(set) var pendingSelection: TaskKey?
    /// How many tasks are synchronizing and stopped, for the header.
    public private(set) var statusCounts = (synchronizing: 0, stopped: 0)

    private var fields: [TaskKey: RowFields] = [:]
    private var ordered: [RowFields] = []

    /// The index of the selected row.
    public var selectedIndex: Int? { selection.flatMap { rows.firstIndex(of: $0) } }

    /// The keys of the rows in view.
    public func visibleRows(_ visibleCount: Int) -> ArraySlice<TaskKey> {
        let end = min(rows.count, scroll + max(0, visibleCount))
        return scroll < end ? rows[scroll..<end] : []
    }

    /// Takes a change of the watched world into the rows. Returns true when it selected the task
    /// created here: the keyboard goes to the table, whose scroll the caller then keeps on it.
    mutating func apply(_ change: MonitorChange, from monitor: Monitor, visibleCount: (TaskTable) -> Int) -> Bool {
        var resort = false
        var refilter = !change.removed.isEmpty
        for key in change.removed where fields.removeValue(forKey: key) != nil { resort = true }
        for key in change.updated {
            guard let task = monitor.task(key) else { continue }
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
            refreshRows(visibleCount: visibleCount)
        } else if refilter {
            ordered = ordered.map { fields[$0.key] ?? $0 }
            self.refilter(visibleCount: visibleCount)
        }
        guard let pending = pendingSelection, fields[pending] != nil else { return false }
        selectCreated(pending, visibleCount: visibleCount)
        return true
    }

    /// Selects a task created here, clearing a filter that hides it.
    private mutating func selectCreated(_ key: TaskKey, visibleCount: (TaskTable) -> Int) {
        pendingSelection = nil
        if !rows.contains(key) {
            filterField = TextField()
            isEditingFilter = false
            refilter(visibleCount: visibleCount)
        }
        selection = key
    }

    /// Re-sorts every task (after new tasks or a new sort order), then re-filters.
    mutating func refreshRows(visibleCount: (TaskTable) -> Int) {
        let (column, descending) = (sort, sortDescending)
        ordered = Array(fields.values)
        ordered.sort { $0.precedes($1, by: column, descending: descending) }
        var synchronizing = 0, stopped = 0
        for row in ordered {
            if row.isSynchronizing { synchronizing += 1 } else if row.status == Self.stoppedText { stopped += 1 }
        }
        statusCounts = (synchronizing, stopped)
        refilter(visibleCount: visibleCount)
    }

    private static let stoppedText = Array("STOPPED".utf8)

    /// Applies the filter to the sorted tasks, keeping the selection on the same task when it stays.
    /// The filter's text.
    public var filter: String { filterField.value }

    mutating func refilter(visibleCount: (TaskTable) -> Int) {
        let query = FilterQuery(filter)
        rows = query.isEmpty ? ordered.map(\.key) : ordered.compactMap { query.matches($0) ? $0.key : nil }
        if let selection, fields[selection] == nil || (!query.isEmpty && !rows.contains(selection)) {
            self.selection = rows.first
        }
        if selection == nil || selectionFollowsTop { selection = rows.first }
        clampScroll(visibleCount: visibleCount)
    }

    /// Keeps the selected row inside the visible part of the table.
    mutating func clampScroll(visibleCount: (TaskTable) -> Int) {
        let visible = max(1, visibleCount(self))
        guard let index = selectedIndex else {
            scroll = 0
            return
        }
        if index < scroll { scroll = index }
        if index >= scroll + visible { scroll = index - visible + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - visible)))
    }
}
