#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Milliseconds since 1970 from digits, or a local "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" or
    /// "YYYY-MM-DD HH:MM[:SS]".
    static func milliseconds(_ text: String, option: String) throws -> Int64 {
        if let ms = Int64(text) { return ms }
        let fields = text.split(whereSeparator: { $0 == "-" || $0 == "T" || $0 == " " || $0 == ":" }).map { Int32($0) }
        guard (3...6).contains(fields.count), fields.allSatisfy({ $0 != nil }), text.count >= 10 else {
            throw CommandFailure.usage("\(option) \"\(text)\" is not a time: use milliseconds or 2026-11-20T08:00")
        }
        let values = fields.map { $0! } + [0, 0, 0]
        var parts = tm()
        parts.tm_year = values[0] - 1900
        parts.tm_mon = values[1] - 1
        parts.tm_mday = values[2]
        parts.tm_hour = values[3]
        parts.tm_min = values[4]
        parts.tm_sec = values[5]
        parts.tm_isdst = -1
        guard (1...12).contains(values[1]), (1...31).contains(values[2]), values[3] < 24, values[4] < 60, values[5] < 61
        else {
            throw CommandFailure.usage("\(option) \"\(text)\" is not a valid date and time")
        }
        return Int64(mktime(&parts)) * 1000
    }
}
