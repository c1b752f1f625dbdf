/// The requests a profile sent over the last minute, by purpose: what the budget is checked against.
public struct RequestLedger: Sendable, Equatable {
    /// Why a request was sent, in the order the budget serves them.
    public enum Purpose: Int, Sendable, CaseIterable {
        /// The selected task's show and statistics.
        case selected
        /// Page 1 of the list, every refresh.
        case head
        /// The counters and sparklines of rows on screen.
        case visible
        /// Statistics for the alert rules, once per bucket per synchronizing task.
        case alerts
        /// Pages after the first, in rotation.
        case sweep
        /// The first full load of the list: the one burst the budget allows.
        case firstLoad
    }

    private struct Entry: Sendable, Equatable {
        var time: Int64
        var purpose: Purpose
    }

    /// The span the budget is counted over, in ms.
    public static let span: Int64 = 60_000

    private var entries: [Entry] = []
    private var first = 0
    /// How many of the entries from `first` on are of each purpose, by raw value.
    private var counts = [Int](repeating: 0, count: Purpose.allCases.count)

    public init() {}

    /// Notes a request sent at `now`.
    public mutating func record(_ purpose: Purpose, at now: Int64) {
        entries.append(Entry(time: now, purpose: purpose))
        counts[purpose.rawValue] += 1
    }

    /// Forgets requests older than the span.
    public mutating func prune(now: Int64) {
        while first < entries.count && entries[first].time <= now - Self.span {
            counts[entries[first].purpose.rawValue] -= 1
            first += 1
        }
        if first > 256 && first * 2 > entries.count {
            entries.removeFirst(first)
            first = 0
        }
    }

    /// Requests of the last minute that count against the budget (the first load does not).
    public var counted: Int { entries.count - first - counts[Purpose.firstLoad.rawValue] }

    /// Requests of the last minute sent for `purpose`.
    public func count(_ purpose: Purpose) -> Int { counts[purpose.rawValue] }

    /// When the oldest request of the last minute leaves the span (and the budget has room for one
    /// more); nil when there is none.
    var nextExpiry: Int64? { first < entries.count ? entries[first].time + Self.span : nil }
}
