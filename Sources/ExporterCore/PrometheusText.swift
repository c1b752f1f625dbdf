/// Writes the Prometheus text exposition format (version 0.0.4): `# HELP` and `# TYPE` once per
/// family, then one sample a line. Values are written as integers, exactly, so no int64 the API
/// returns loses a digit on the way.
public struct PrometheusText {
    /// A metric family's kind.
    public enum Kind: String { case counter, gauge }

    public private(set) var text = ""

    /// An empty page with room for about `capacity` bytes.
    public init(capacity: Int = 64 * 1024) { text.reserveCapacity(capacity) }

    /// Starts a family.
    public mutating func family(_ name: String, _ kind: Kind, help: String) {
        text += "# HELP \(name) \(Self.escapeHelp(help))\n# TYPE \(name) \(kind.rawValue)\n"
    }

    /// One sample of the current family.
    public mutating func sample(_ name: String, _ labels: KeyValuePairs<String, String>, _ value: Int64) {
        text += name
        if labels.count > 0 {
            text += "{"
            var first = true
            for (key, value) in labels {
                if !first { text += "," }
                first = false
                text += key
                text += "=\""
                Self.appendEscapedLabel(value, to: &text)
                text += "\""
            }
            text += "}"
        }
        text += " "
        text += String(value)
        text += "\n"
    }

    /// One sample whose labels are written and escaped already (without braces).
    public mutating func sample(_ name: String, labels: String, _ value: Int64) {
        text += name
        text += "{"
        text += labels
        text += "} "
        text += String(value)
        text += "\n"
    }

    /// A label value escaped.
    public static func escapedLabel(_ value: String) -> String {
        var text = ""
        appendEscapedLabel(value, to: &text)
        return text
    }

    /// A label value with backslash, double quote and line feed escaped, as the format requires.
    static func appendEscapedLabel(_ value: String, to text: inout String) {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") })
        else {
            text += value
            return
        }
        for character in value.unicodeScalars {
            switch character {
            case "\\": text += "\\\\"
            case "\"": text += "\\\""
            case "\n": text += "\\n"
            default: text.unicodeScalars.append(character)
            }
        }
    }

    /// HELP text with backslash and line feed escaped.
    static func escapeHelp(_ help: String) -> String {
        var text = ""
        for character in help.unicodeScalars {
            switch character {
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            default: text.unicodeScalars.append(character)
            }
        }
        return text
    }
}
