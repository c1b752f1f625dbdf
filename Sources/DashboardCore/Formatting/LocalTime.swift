import OMSCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Milliseconds since 1970 shown in the local time zone (the C library's, from TZ), without
/// loading the international calendar data a long-running dashboard does not need.
public struct LocalTime: Sendable {
    private let utc: Bool

    /// Local time, or UTC when `utc` (for tests).
    public init(utc: Bool = false) { self.utc = utc }

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

    private func parts(_ milliseconds: Int64) -> tm {
        var seconds = time_t(milliseconds / 1000)
        var result = tm()
        if utc { gmtime_r(&seconds, &result) } else { localtime_r(&seconds, &result) }
        return result
    }

    private func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
}

extension WordingClock {
    /// The dashboard's clock: the local time of the person looking, its zone not named.
    static let local = WordingClock(zone: "") { LocalTime().time($0) }
}
