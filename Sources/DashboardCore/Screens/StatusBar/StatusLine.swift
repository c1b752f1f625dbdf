import MonitorCore

/// The messages at the bottom of the dashboard, each kept as what happened (the status bar words
/// it) and each with its own lifetime:
/// - `error`: the last request that failed, on a line of its own until page 1 answers again (a
///   refused key's, until the user asks again);
/// - `flash`: a result OMS accepted, for `Flash.milliseconds` whatever the keys;
/// - `notice`: why a key could not act, or that the alert hook failed, until the next key or click.
public struct StatusLine: Sendable, Equatable {
    public internal(set) var error: ErrorReport?
    private var lastFlash: Flash?
    public internal(set) var notice: Notice?

    /// Shows a result OMS accepted for the next few seconds.
    mutating func show(_ kind: Flash.Kind, now: Int64) { lastFlash = Flash(kind, until: now + Flash.milliseconds) }

    /// The flash still showing at `now`.
    public func flash(at now: Int64) -> Flash? { lastFlash.flatMap { now < $0.until ? $0 : nil } }
}
