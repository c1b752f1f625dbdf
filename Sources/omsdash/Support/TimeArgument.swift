import Foundation

/// Parses the times and spans the commands take.
enum TimeArgument {
    /// Seconds in a span like "90m", "6h", "7d".
    static func seconds(ofWindow text: String) -> Double? {
        guard let unit = text.last, let number = Double(text.dropLast()), number > 0 else { return nil }
        switch unit {
        case "m": return number * 60
        case "h": return number * 3600
        case "d": return number * 86_400
        default: return nil
        }
    }

    /// Milliseconds since 1970 from digits, "YYYY-MM-DDTHH:MM[:SS]" or "YYYY-MM-DD HH:MM[:SS]" (local time).
    static func milliseconds(_ text: String, option: String) throws -> Int64 {
        if let ms = Int64(text) { return ms }
        let normalized = text.replacingOccurrences(of: "T", with: " ")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        for pattern in ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
            formatter.dateFormat = pattern
            if let date = formatter.date(from: normalized) { return Int64(date.timeIntervalSince1970 * 1000) }
        }
        throw CommandFailure.usage("\(option) \"\(text)\" is not a time: use milliseconds or 2026-11-20T08:00")
    }
}
