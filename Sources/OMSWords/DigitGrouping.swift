/// Whole numbers with thousands separators, as alert messages and the dashboard write them.
public enum DigitGrouping {
    /// "1,204,311".
    public static func thousands(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
