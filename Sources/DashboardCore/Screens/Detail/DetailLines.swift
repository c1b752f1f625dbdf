/// Which lines the detail pane draws in a given height. The title, the five series and their time
/// labels always show; the facts above them go by need, least needed first: alerts beyond the
/// first, the synchronization URL, About, Settings, the gap, Route, the first alert. This month
/// stays while the pane has its minimum height.
public struct DetailLines: Sendable, Equatable {
    /// The title, five series and the time labels.
    static let chartHeight = 7
    /// The charts plus This month.
    public static let minimumHeight = chartHeight + 1

    public var route = false
    public var settings = false
    public var about = false
    /// The task's synchronization URL.
    public var syncURL = false
    public var thisMonth = false
    /// How many of the selected task's alerts get a line.
    public var alerts = 0
    public var gap = false

    /// The height with every line: Route, Settings, About, Sync URL, This month, the alerts (one
    /// line kept even without one, so the table does not jump when the selection moves) and the gap.
    public static func fullHeight(alerts: Int) -> Int { chartHeight + 5 + max(1, alerts) + 1 }

    /// The lines that fit in `height` for a task with `alerts` firing alerts.
    public init(height: Int, alerts: Int) {
        var spare = height - Self.chartHeight
        func take() -> Bool {
            guard spare > 0 else { return false }
            spare -= 1
            return true
        }
        thisMonth = take()
        if alerts > 0, take() { self.alerts = 1 }
        route = take()
        gap = take()
        settings = take()
        about = take()
        syncURL = take()
        while self.alerts < alerts, take() { self.alerts += 1 }
    }
}
