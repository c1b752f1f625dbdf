/// What a face wants kept fresh beyond the task list: the task the user points at, the rows on
/// screen, and the statistics window they look through.
public struct Interest: Sendable, Equatable {
    /// The selected task: shown every refresh, its statistics every 10 s.
    public var selected: TaskKey?
    /// The rows on screen: counters every 30 s, sparklines every 5 minutes, the most overdue first.
    public var visible: [TaskKey]
    public var window: StatsWindow
    /// Check every synchronizing task for alerts at once, outside the budget (`watch --once`),
    /// instead of a few at a time within it.
    public var checkEveryTaskNow: Bool
    /// Keep every task's counters fresh, as for rows on screen but without their charts (the
    /// exporter, whose metrics cover every task).
    public var countersOfEveryTask: Bool

    public init(
        selected: TaskKey? = nil, visible: [TaskKey] = [], window: StatsWindow = .sixHours, checkEveryTaskNow: Bool = false,
        countersOfEveryTask: Bool = false
    ) {
        self.selected = selected
        self.visible = visible
        self.window = window
        self.checkEveryTaskNow = checkEveryTaskNow
        self.countersOfEveryTask = countersOfEveryTask
    }
}
