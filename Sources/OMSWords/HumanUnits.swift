/// Numbers, sizes, rates, shares and spans of time as people read them, each written one way for
/// every face: "1,204,311", "1.2M", "3.4 TiB", "12.4 obj/s", "99.9%", "5m07s". `Quantity` and the
/// dashboard's columns both write through it.
public enum HumanUnits {
    /// A count with thousands separators: 1,204,311.
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A short count: 950, 88.1K, 1.2M, 3.4G.
    public static func count(_ value: Int64) -> String {
        let magnitude = Double(value.magnitude)
        let sign = value < 0 ? "-" : ""
        for (limit, suffix) in [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "K")] where magnitude >= limit {
            return sign + oneDecimal(magnitude / limit) + suffix
        }
        return String(value)
    }

    /// Bytes in binary units: 912 B, 3.4 KiB … EiB.
    public static func bytes(_ value: Int64) -> String {
        var size = Double(value.magnitude)
        guard size >= 1024 else { return "\(value) B" }
        for unit in ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"] {
            size /= 1024
            if size < 1024 || unit == "EiB" { return (value < 0 ? "-" : "") + oneDecimal(size) + " " + unit }
        }
        return "\(value) B"
    }

    /// A rate per second: "12.4 obj/s", "38 MiB/s".
    /// Slow rates move to the unit that gives a readable number: "12.4 obj/s", "2.4 obj/min",
    /// "1.8 obj/h"; "38 MiB/s", "300 B/min".
    public static func rate(_ perSecond: Double, unit: RateUnit) -> String {
        let (value, per): (Double, String) =
            perSecond >= 1 || perSecond <= 0 ? (perSecond, "s") : perSecond * 60 >= 1 ? (perSecond * 60, "min") : (perSecond * 3600, "h")
        switch unit {
        case .objects:
            // Nothing at all is "0 obj/s": a decimal would claim a precision there is none of.
            let number = value <= 0 ? "0" : value >= 100 ? String(Int(value.rounded())) : oneDecimal(value)
            return number + " obj/" + per
        case .bytes: return bytes(Int64(value.rounded())) + "/" + per
        }
    }

    /// What a rate counts.
    public enum RateUnit: Sendable { case objects, bytes }

    /// A share of a whole as a percentage. `.measured` keeps its decimal and shows 100% only for
    /// the whole: "99.9%", "50.0%", "100%". `.threshold` writes a share set in a rule as it was
    /// set: "5%", "7.5%".
    public static func percent(_ fraction: Double, _ style: PercentStyle = .measured) -> String {
        let value = fraction * 100
        switch style {
        case .measured:
            if value == 100 || value == 0 { return "\(Int(value))%" }
            return (value >= 99.95 ? "99.9" : oneDecimal(value)) + "%"
        case .threshold:
            return decimal(value) + "%"
        }
    }

    /// How a percentage is written.
    public enum PercentStyle: Sendable { case measured, threshold }

    /// A span of time. `.exact` writes every second a rule or a reader counts on: "2h", "90m",
    /// "5m07s", "45s". `.rounded` gives an age at a glance, in its largest unit past ten minutes:
    /// "45s", "5m07s", "42m", "3h", "2d".
    public static func duration(milliseconds: Int64, _ precision: DurationPrecision) -> String {
        let seconds = max(0, milliseconds / 1000)
        let minutesAndSeconds = seconds % 60 == 0 ? "\(seconds / 60)m" : "\(seconds / 60)m" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)s"
        switch precision {
        case .exact:
            if seconds >= 3600, seconds % 3600 == 0 { return "\(seconds / 3600)h" }
            return seconds >= 60 ? minutesAndSeconds : "\(seconds)s"
        case .rounded:
            if seconds < 60 { return "\(seconds)s" }
            if seconds < 600 { return minutesAndSeconds }
            if seconds < 3600 { return "\(seconds / 60)m" }
            if seconds < 86_400 { return "\(seconds / 3600)h" }
            return "\(seconds / 86_400)d"
        }
    }

    /// How closely a span of time is written.
    public enum DurationPrecision: Sendable { case exact, rounded }

    /// One decimal place, dropping it from 100 up: 3.4, 12.0, 512.
    public static func oneDecimal(_ value: Double) -> String {
        if value >= 100 { return String(Int(value.rounded())) }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// At most one decimal place, none when it is zero: 7.5, 5, 150.3.
    public static func decimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        return String(rounded)
    }
}
