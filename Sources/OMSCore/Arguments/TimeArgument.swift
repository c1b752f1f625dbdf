import OMSWords

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses the times and spans the commands take; a bad one is an `OMSError.invalidArgument`.
public enum TimeArgument {
    /// The longest span taken: a year.
    public static let longestWindowSeconds: Double = 366 * 86_400
    /// The times taken, in milliseconds: from 1970 to the end of 9999.
    public static let millisecondRange: ClosedRange<Int64> = 0...253_402_300_799_999

    /// Seconds in a span like "90m", "6h", "7d", up to `longestWindowSeconds`.
    public static func seconds(ofWindow text: String) -> Double? {
        guard let unit = text.last, let number = Double(text.dropLast()), number > 0 else { return nil }
        let seconds: Double
        switch unit {
        case "m": seconds = number * 60
        case "h": seconds = number * 3600
        case "d": seconds = number * 86_400
        default: return nil
        }
        return seconds <= longestWindowSeconds ? seconds : nil
    }

    /// Milliseconds since 1970 (within `millisecondRange`) from digits, or a local "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" or
    /// "YYYY-MM-DD HH:MM[:SS]" of the years 1970 to 9999 that exists on the calendar.
    public static func milliseconds(_ text: String, option: String) throws -> Int64 {
        if let ms = Int64(text) {
            guard millisecondRange.contains(ms) else {
                throw OMSError.invalidArgument(Wording(.timeOutOfRange, ["option": option, "value": String(ms)]))
            }
            return ms
        }
        let fields = text.split(whereSeparator: { $0 == "-" || $0 == "T" || $0 == " " || $0 == ":" }).map { Int32($0) }
        guard (3...6).contains(fields.count), fields.allSatisfy({ $0 != nil }), text.count >= 10 else {
            throw OMSError.invalidArgument(Wording(.timeNotATime, ["option": option, "value": text]))
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
        let typed = parts
        let invalid = OMSError.invalidArgument(Wording(.timeInvalidDate, ["option": option, "value": text]))
        guard (1970...9999).contains(values[0]), (1...12).contains(values[1]) else { throw invalid }
        let seconds = mktime(&parts)
        // mktime moves a day or hour that does not exist (February 31, a daylight-saving gap) to one that does.
        guard seconds != -1, parts.tm_year == typed.tm_year, parts.tm_mon == typed.tm_mon,
            parts.tm_mday == typed.tm_mday, parts.tm_hour == typed.tm_hour, parts.tm_min == typed.tm_min,
            parts.tm_sec == typed.tm_sec
        else { throw invalid }
        return Int64(seconds) * 1000
    }
}
