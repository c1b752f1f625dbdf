/// How a face writes the instants of its words: programs read UTC (JSON, hooks, logs, metrics),
/// the dashboard the local time of the person looking at it.
public struct WordingClock: Sendable {
    /// One instant, in milliseconds since 1970, as a time of day: "08:05".
    public let write: @Sendable (Int64) -> String
    /// What follows a time or a span of times to name its zone: " UTC", or nothing for local time.
    public let zone: String

    public init(zone: String, write: @escaping @Sendable (Int64) -> String) {
        self.zone = zone
        self.write = write
    }

    /// "08:05", then " UTC".
    public static let utc = WordingClock(zone: " UTC") { UTCTime.clock($0) }
}
