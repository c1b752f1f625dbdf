/// How one value is written as a CSV field: its text exact, except what could act on a terminal or
/// a spreadsheet.
public enum CSVField {
    /// The field: its control and bidi characters written out as on a terminal (`\u{1B}`, so `cat`
    /// of the file runs nothing), a leading `'` when it starts as a spreadsheet formula would
    /// (OWASP's rule: `=`, `+`, `-` or `@`, unless it is a plain number or a lone sign), and quoted
    /// when it holds a comma or a quote (RFC 4180).
    public static func text(_ value: String) -> String {
        var field = value.escapingControlCharacters
        if startsAsFormula(field) { field = "'" + field }
        guard field.contains(where: { $0 == "," || $0 == "\"" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet would read the field as a formula: it starts with `=`, `+`, `-` or
    /// `@` and is not a number such as `-12.5` or a lone `-`.
    static func startsAsFormula(_ field: String) -> Bool {
        guard let first = field.first, "=+-@".contains(first) else { return false }
        guard first == "+" || first == "-" else { return true }
        let rest = field.dropFirst()
        let plainNumber = rest.allSatisfy { $0.isASCII && $0.isNumber || $0 == "." } && rest.filter { $0 == "." }.count <= 1
        return !rest.isEmpty && !plainNumber
    }
}
