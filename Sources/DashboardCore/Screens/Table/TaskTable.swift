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
        var refilter = !change.removed.isEmpty
        // The tasks that leave, come or take another place, each with its fields before (none for
        // a task new here): the others keep their place.
        var moved: [TaskKey: RowFields?] = [:]
        for key in change.removed { if let old = fields.removeValue(forKey: key) { moved[key] = old } }
        for key in change.updated {
            guard let task = monitor.task(key) else { continue }
            let owner = monitor.profilesByName[key.profile]
            let new = RowFields(
                key: key, task: task, profileRegion: monitor.profileRegions[key.profile] ?? "", account: owner?.account,
                organization: owner?.organization)
            if let old = fields[key] {
                if !old.sortsLike(new, in: sort) || old.status != new.status, moved[key] == nil { moved[key] = old }
                if old.searchText != new.searchText { refilter = true }
            } else if moved[key] == nil {
                moved[key] = .some(nil)
            }
            fields[key] = new
        }
        if moved.count > max(64, ordered.count / 8) {
            refreshRows(visibleCount: visibleCount)
        } else if !moved.isEmpty {
            place(moved, refilter: refilter, visibleCount: visibleCount)
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

    /// Takes the `moved` tasks out of the sorted tasks where they were, and puts those that stay
    /// back where the sort puts them: what an answer changes costs a few binary searches rather
    /// than a sort of every task (an organization's first load is thousands of answers of five
    /// tasks each). Without a filter the rows follow the same edits; with one, or when a searched
    /// text changed, they are filtered again.
    private mutating func place(_ moved: [TaskKey: RowFields?], refilter: Bool, visibleCount: (TaskTable) -> Int) {
        let plain = !refilter && filter.isEmpty
        for case let (_, old?) in moved {
            count(old, by: -1)
            guard let index = position(of: old) else { continue }
            ordered.remove(at: index)
            if plain { rows.remove(at: index) }
        }
        for key in moved.keys {
            guard let row = fields[key] else { continue }
            count(row, by: 1)
            let index = insertionIndex(of: row)
            ordered.insert(row, at: index)
            if plain { rows.insert(key, at: index) }
        }
        if plain {
            keepSelection(filtered: false, visibleCount: visibleCount)
        } else {
            self.refilter(visibleCount: visibleCount)
        }
    }

    /// Where `row` goes in the sorted tasks: after every task it sorts after.
    private func insertionIndex(of row: RowFields) -> Int {
        let (column, descending) = (sort, sortDescending)
        var low = 0, high = ordered.count
        while low < high {
            let middle = (low + high) / 2
            if ordered[middle].precedes(row, by: column, descending: descending) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where the task of `row` is in the sorted tasks, found by the fields it was sorted by.
    private func position(of row: RowFields) -> Int? {
        let index = insertionIndex(of: row)
        if index < ordered.count, ordered[index].key == row.key { return index }
        return ordered.firstIndex { $0.key == row.key }
    }

    /// Re-sorts every task (after new tasks or a new sort order), then re-filters.
    mutating func refreshRows(visibleCount: (TaskTable) -> Int) {
        let (column, descending) = (sort, sortDescending)
        ordered = Array(fields.values)
        ordered.sort { $0.precedes($1, by: column, descending: descending) }
        countStatuses()
        refilter(visibleCount: visibleCount)
    }

    private mutating func countStatuses() {
        statusCounts = (0, 0)
        for row in ordered { count(row, by: 1) }
    }

    /// Counts a task in or out of the header's counts.
    private mutating func count(_ row: RowFields, by step: Int) {
        if row.isSynchronizing {
            statusCounts.synchronizing += step
        } else if row.status == Self.stoppedText {
            statusCounts.stopped += step
        }
    }

    private static let stoppedText = Array("STOPPED".utf8)

    /// Applies the filter to the sorted tasks, keeping the selection on the same task when it stays.
    /// The filter's text.
    public var filter: String { filterField.value }

    mutating func refilter(visibleCount: (TaskTable) -> Int) {
        let query = FilterQuery(filter)
        rows = query.isEmpty ? ordered.map(\.key) : ordered.compactMap { query.matches($0) ? $0.key : nil }
        keepSelection(filtered: !query.isEmpty, visibleCount: visibleCount)
    }

    /// Keeps the selection on its task while the task is there (and, under a filter, shown),
    /// else on the first row, and in view.
    private mutating func keepSelection(filtered: Bool, visibleCount: (TaskTable) -> Int) {
        if let selection, fields[selection] == nil || (filtered && !rows.contains(selection)) {
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
