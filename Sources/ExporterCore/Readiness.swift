import MonitorCore

/// Whether the exporter is ready to be scraped, for `/-/ready`: once every profile that can load
/// has listed all its tasks (those whose credentials were refused left out), or once `timeout` has
/// passed since it started, whichever comes first; and from then on for good, as Prometheus's own
/// readiness is. Until then a scrape would miss tasks that exist.
public struct Readiness: Sendable {
    private let startedAt: Int64
    private let timeoutMilliseconds: Int64
    /// Whether it has been ready once.
    public private(set) var isReady = false

    /// The default `--ready-timeout`, in seconds.
    public static let defaultTimeoutSeconds = 120

    /// Readiness from `startedAt` (milliseconds since 1970), ready at the latest `timeoutSeconds` later.
    public init(startedAt: Int64, timeoutSeconds: Int) {
        self.startedAt = startedAt
        timeoutMilliseconds = Int64(timeoutSeconds) * 1000
    }

    /// Whether it is ready now, and how many profiles it still waits for (0 once ready).
    public mutating func check(_ monitor: Monitor, now: Int64) -> (ready: Bool, waitingFor: Int) {
        if isReady { return (true, 0) }
        let waiting = monitor.profilesYetToLoad
        isReady = waiting == 0 || now - startedAt >= timeoutMilliseconds
        return (isReady, isReady ? 0 : waiting)
    }
}
