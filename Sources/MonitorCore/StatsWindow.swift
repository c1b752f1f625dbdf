/// The span of the statistics shown: 1h, 6h, 24h, 7d or 30d, ending now.
public enum StatsWindow: Int, Sendable, CaseIterable, Comparable {
    case oneHour, sixHours, oneDay, sevenDays, thirtyDays

    public var milliseconds: Int64 {
        switch self {
        case .oneHour: 3_600_000
        case .sixHours: 21_600_000
        case .oneDay: 86_400_000
        case .sevenDays: 604_800_000
        case .thirtyDays: 2_592_000_000
        }
    }

    /// The bucket width the service uses for this span (five minutes up to 1000 points, else an hour).
    public var bucketMilliseconds: Int64 { milliseconds / 300_000 <= 1000 ? 300_000 : 3_600_000 }

    public var label: String {
        switch self {
        case .oneHour: "1h"
        case .sixHours: "6h"
        case .oneDay: "24h"
        case .sevenDays: "7d"
        case .thirtyDays: "30d"
        }
    }

    public var wider: StatsWindow { StatsWindow(rawValue: rawValue + 1) ?? self }
    public var narrower: StatsWindow { StatsWindow(rawValue: rawValue - 1) ?? self }

    public static func < (a: StatsWindow, b: StatsWindow) -> Bool { a.rawValue < b.rawValue }
}
