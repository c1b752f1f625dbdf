import MonitorCore

/// The API requests a face sent, by profile, operation and answer code: what
/// `oms_exporter_api_requests_total` reports.
public struct RequestTally: Sendable, Equatable {
    /// One row of the tally.
    public struct Key: Hashable, Sendable, Comparable {
        public var profile: String
        /// `list`, `show` or `statistics`.
        public var operation: String
        /// The HTTP status, or `network` when no answer came.
        public var code: String

        public static func < (a: Key, b: Key) -> Bool { (a.profile, a.operation, a.code) < (b.profile, b.operation, b.code) }
    }

    public private(set) var counts: [Key: Int64] = [:]

    public init() {}

    /// Forgets the rows of profiles no longer watched (an organization's accounts that left), so
    /// that their series end rather than stay on every page for good.
    public mutating func keep(profiles watched: some Collection<String>) {
        let watched = Set(watched)
        guard counts.keys.contains(where: { !watched.contains($0.profile) }) else { return }
        counts = counts.filter { watched.contains($0.key.profile) }
    }

    /// Counts one answer.
    public mutating func count(_ answer: MonitorAnswer) {
        let operation: String =
            switch answer {
            case .page: "list"
            case .shown: "show"
            case .statistics, .alertCheck: "statistics"
            }
        let code = answer.failure.map { $0.httpStatus.map(String.init) ?? "network" } ?? "200"
        counts[Key(profile: answer.profile, operation: operation, code: code), default: 0] += 1
    }
}
