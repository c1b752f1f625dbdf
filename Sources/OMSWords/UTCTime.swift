/// Milliseconds since 1970 written in UTC by arithmetic alone (no calendar data, no locale).
public enum UTCTime {
    /// "2026-11-22T08:05:00Z".
    public static func rfc3339(_ milliseconds: Int64) -> String {
        let (year, month, day) = civilDate(days: floorDivide(milliseconds, 86_400_000))
        return "\(year)-\(two(month))-\(two(day))T\(clock(milliseconds, seconds: true))Z"
    }

    /// "08:05", or "08:05:00" with seconds.
    public static func clock(_ milliseconds: Int64, seconds: Bool = false) -> String {
        let secondOfDay = floorDivide(milliseconds, 1000) - floorDivide(milliseconds, 86_400_000) * 86_400
        let hhmm = "\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60))"
        return seconds ? hhmm + ":\(two(secondOfDay % 60))" : hhmm
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    static func civilDate(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
    private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
