/// What a face wants kept fresh beyond the task list: the task the user points at, the rows on
/// screen, and the statistics window they look through; and which face asks.
public struct Interest: Sendable, Equatable {
    /// The face that asks, which says how much beyond the screen it wants.
    public enum Face: Sendable, Equatable {
        /// The dashboard, and `watch` running on: the screen's rows, and alert checks a few at a
        /// time within the budget.
        case screen
        /// `watch --once`: every synchronizing task checked for alerts at once, outside the budget.
        case checkOnce
        /// The exporter: every task's counters kept fresh, as for rows on screen but without
        /// their charts, since its metrics cover every task.
        case everyTaskCounters
    }

    /// The selected task: shown every refresh, its statistics every 10 s.
    public var selected: TaskKey?
    /// The rows on screen: counters every 30 s, sparklines every 5 minutes, the most overdue first.
    public var visible: [TaskKey]
    public var window: StatsWindow
    public var face: Face

    public init(selected: TaskKey? = nil, visible: [TaskKey] = [], window: StatsWindow = .sixHours, face: Face = .screen) {
        self.selected = selected
        self.visible = visible
        self.window = window
        self.face = face
    }

    /// Whether every synchronizing task is checked for alerts at once (`watch --once`).
    public var checkEveryTaskNow: Bool { face == .checkOnce }
    /// Whether every task's counters are kept fresh (the exporter).
    public var countersOfEveryTask: Bool { face == .everyTaskCounters }
}
