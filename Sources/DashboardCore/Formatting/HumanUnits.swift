import MonitorCore
import OMSCore

/// Numbers, sizes, rates and times as people read them: "1.2M", "3.4 TiB", "12.4 obj/s".
public enum HumanUnits {
    /// A count with thousands separators: 1,204,311.
    public static func grouped(_ value: Int64) -> String { DigitGrouping.thousands(value) }

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

    /// A fraction as a percentage: "99.9%", "0.1%", "100%".
    public static func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        if value == 100 || value == 0 { return "\(Int(value))%" }
        return (value >= 99.95 ? "99.9" : oneDecimal(value)) + "%"
    }

    /// A span of seconds: "2s", "5m", "3h", "2d".
    public static func duration(_ seconds: Double) -> String {
        let s = Int(max(0, seconds))
        if s < 60 { return "\(s)s" }
        if s < 600 { return s % 60 == 0 ? "\(s / 60)m" : "\(s / 60)m\(s % 60)s" }
        if s < 3600 { return "\(s / 60)m" }
        if s < 86_400 { return "\(s / 3600)h" }
        return "\(s / 86_400)d"
    }

    /// One decimal place, dropping a trailing ".0" above 100: 3.4, 12.0, 512.
    public static func oneDecimal(_ value: Double) -> String {
        if value >= 100 { return String(Int(value.rounded())) }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
