import FoundationEssentials
import OMSCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Milliseconds since 1970 written in one time zone, a value the session carries: the screen never
/// asks the machine for its zone while it draws, so that a screen is the same wherever it is drawn.
public struct LocalTime: Sendable {
    /// The zone's offset east of UTC at an instant (ms since 1970), in seconds.
    private let offset: @Sendable (Int64) -> Int

    public init(offset: @escaping @Sendable (Int64) -> Int) { self.offset = offset }

    /// The machine's zone, as the C library reads it from TZ (without loading the international
    /// calendar data a long-running dashboard does not need).
    public static let system = LocalTime { milliseconds in
        var seconds = time_t(milliseconds / 1000)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return Int(parts.tm_gmtoff)
    }

    public static let utc = LocalTime { _ in 0 }

    /// A zone of the tz database, such as "Asia/Shanghai"; nil when this system does not know it.
    public init?(zone identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.init { zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double($0) / 1000)) }
    }

    /// "2026-11-20 08:00".
    public func dateTime(_ milliseconds: Int64) -> String {
        let t = parts(milliseconds)
        return "\(t.tm_year + 1900)-\(two(t.tm_mon + 1))-\(two(t.tm_mday)) \(two(t.tm_hour)):\(two(t.tm_min))"
    }

    /// "08:00", or "11-20 08:00" when `withDate`.
    public func time(_ milliseconds: Int64, withDate: Bool = false) -> String {
        let t = parts(milliseconds)
        let clock = "\(two(t.tm_hour)):\(two(t.tm_min))"
        return withDate ? "\(two(t.tm_mon + 1))-\(two(t.tm_mday)) \(clock)" : clock
    }

    /// How the dashboard's words write instants: in this zone, its name not said.
    public var wordingClock: WordingClock { WordingClock(zone: "") { self.time($0) } }

    private func parts(_ milliseconds: Int64) -> tm {
        var seconds = time_t(milliseconds / 1000 + Int64(offset(milliseconds)))
        var result = tm()
        gmtime_r(&seconds, &result)
        return result
    }

    private func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
}
