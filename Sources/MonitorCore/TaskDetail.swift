import OMSCore

/// What is known of one task beyond its list row: the show answer (with monthly counters) and the
/// statistics of the current window, with when each arrived and whether a fetch is under way.
public struct TaskDetail: Sendable, Equatable {
    public var shown: SyncTask?
    public var shownAt: Int64?
    public var showInFlight = false
    /// When the latest show was sent: periods count from here, so they do not drift by the latency.
    public var showSentAt: Int64?

    public var statistics: TaskStatistics?
    /// The window and range the statistics cover.
    public var statisticsWindow: StatsWindow?
    public var statisticsStart: Int64 = 0
    public var statisticsEnd: Int64 = 0
    public var statisticsAt: Int64?
    public var statisticsInFlight = false
    public var statisticsSentAt: Int64?

    public init() {}

    /// The series of one type laid on its buckets, if fetched for `window`.
    public func series(_ type: StatisticDataType, window: StatsWindow) -> SeriesWindow? {
        guard let statistics, statisticsWindow == window else { return nil }
        let step = statistics.timeType?.milliseconds ?? window.bucketMilliseconds
        return SeriesWindow(points: statistics[type]?.points ?? [], start: statisticsStart, end: statisticsEnd, step: step)
    }
}
