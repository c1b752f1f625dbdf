import OMSCore

/// An alert that is firing now: since when, how urgent, and its latest message.
public struct FiringAlert: Sendable, Equatable {
    public var key: AlertKey
    public var severity: AlertSeverity
    /// When it began, in ms since 1970.
    public var since: Int64
    public var wording: Wording

    /// The latest message in English.
    public var message: String { wording.english }
}
