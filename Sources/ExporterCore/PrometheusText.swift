/// Writes the Prometheus text exposition format (version 0.0.4) as UTF-8 bytes: `# HELP` and
/// `# TYPE` once per family, then one sample a line. Values are written as integers, exactly, so
/// no int64 the API returns loses a digit on the way.
public struct PrometheusText {
    /// A metric family's kind.
    public enum Kind: String { case counter, gauge }

    public private(set) var bytes: [UInt8] = []

    /// An empty page with room for about `capacity` bytes.
    public init(capacity: Int = 64 * 1024) { bytes.reserveCapacity(capacity) }

    /// An empty page in the room of an earlier one (when nothing else holds it), so that a page
    /// of megabytes does not take fresh memory at every scrape.
    public init(reusing earlier: consuming [UInt8], capacity: Int) {
        bytes = earlier
        bytes.removeAll(keepingCapacity: true)
        bytes.reserveCapacity(capacity)
    }

    /// The page as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Starts a family.
    public mutating func family(_ name: String, _ kind: Kind, help: String) {
        bytes += "# HELP \(name) \(Self.escapeHelp(help))\n# TYPE \(name) \(kind.rawValue)\n".utf8
    }

    /// One sample of the current family.
    public mutating func sample(_ name: String, _ labels: KeyValuePairs<String, String>, _ value: Int64) {
        bytes += name.utf8
        if labels.count > 0 {
            bytes.append(UInt8(ascii: "{"))
            var first = true
            for (key, value) in labels {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                bytes += key.utf8
                bytes += #"=""#.utf8
                Self.appendEscapedLabel(value, to: &bytes)
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: " "))
        appendInteger(value)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// One sample whose name and labels are written and escaped already (labels without braces).
    public mutating func sample(_ name: [UInt8], labels: [UInt8], _ value: Int64) {
        sample(name, labels: labels, more: [], value)
    }

    /// The same, with its labels in two parts.
    public mutating func sample(_ name: [UInt8], labels: [UInt8], more: [UInt8], _ value: Int64) {
        bytes += name
        bytes.append(UInt8(ascii: "{"))
        bytes += labels
        bytes += more
        bytes += "} ".utf8
        appendInteger(value)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `value` in decimal, without making a string of it.
    private mutating func appendInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// A label value with backslash, double quote and line feed escaped, as the format requires.
    static func appendEscapedLabel(_ value: String, to bytes: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes += #"\\"#.utf8
            case UInt8(ascii: "\""): bytes += #"\""#.utf8
            case UInt8(ascii: "\n"): bytes += #"\n"#.utf8
            default: bytes.append(byte)
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
