import Foundation

/// Milliseconds since 1970 shown in the local time zone.
public struct LocalTime: Sendable {
    private let timeZone: TimeZone

    public init(timeZone: TimeZone = .current) { self.timeZone = timeZone }

    /// "2026-11-20 08:00".
    public func dateTime(_ milliseconds: Int64) -> String { format(milliseconds, "yyyy-MM-dd HH:mm") }

    /// "08:00", or "11-20 08:00" when `withDate`.
    public func time(_ milliseconds: Int64, withDate: Bool = false) -> String {
        format(milliseconds, withDate ? "MM-dd HH:mm" : "HH:mm")
    }

    private func format(_ milliseconds: Int64, _ pattern: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute], from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        func two(_ v: Int?) -> String { String(format: "%02d", v ?? 0) }
        switch pattern {
        case "HH:mm": return "\(two(c.hour)):\(two(c.minute))"
        case "MM-dd HH:mm": return "\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
        default: return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
        }
    }
}
