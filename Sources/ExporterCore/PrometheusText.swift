/// Writes the Prometheus text exposition format (version 0.0.4) as UTF-8 bytes: `# HELP` and
/// `# TYPE` once per family, then one sample a line. Values are written as integers, exactly, so
/// no int64 the API returns loses a digit on the way.
///
/// A page of 10,000 tasks is some 90,000 lines, so each line is written with one check of room,
/// through a pointer, rather than byte by byte into a growing array.
public struct PrometheusText {
    /// A metric family's kind.
    public enum Kind: String { case counter, gauge }

    /// The page's room: the first `length` bytes are written, the rest waits to be.
    private var storage: [UInt8]
    private var length = 0

    /// The longest an int64 is in decimal, its sign included.
    private static let longestInteger = 20

    /// An empty page in the room of an earlier one (when nothing else holds it), so that a page
    /// of megabytes does not take fresh memory at every scrape.
    public init(reusing earlier: consuming [UInt8], capacity: Int) {
        storage = consume earlier
        let room = Swift.max(capacity, storage.capacity)
        storage.append(contentsOf: repeatElement(0, count: room - storage.count))
    }

    /// The page's bytes, without a copy: what is written, in the room it was written in. The
    /// page is empty after.
    public mutating func finish() -> [UInt8] {
        var page: [UInt8] = []
        swap(&page, &storage)
        page.removeLast(page.count - length)
        length = 0
        return page
    }

    /// Starts a family.
    public mutating func family(_ name: String, _ kind: Kind, help: String) {
        append(Array("# HELP \(name) \(Self.escapeHelp(help))\n# TYPE \(name) \(kind.rawValue)\n".utf8))
    }

    /// One sample of the current family.
    public mutating func sample(_ name: String, _ labels: KeyValuePairs<String, String>, _ value: Int64) {
        var line = Array(name.utf8)
        if labels.count > 0 {
            line.append(UInt8(ascii: "{"))
            var first = true
            for (key, value) in labels {
                if !first { line.append(UInt8(ascii: ",")) }
                first = false
                line += key.utf8
                line += #"=""#.utf8
                Self.appendEscapedLabel(value, to: &line)
                line.append(UInt8(ascii: "\""))
            }
            line.append(UInt8(ascii: "}"))
        }
        line.append(UInt8(ascii: " "))
        append(line)
        writeLine(most: Self.longestInteger + 1) { at in Self.write(value, at: &at) }
    }

    /// One sample whose name and labels are written and escaped already (labels without braces),
    /// its labels in two parts: `name{labels more} value`.
    public mutating func sample(
        _ name: UnsafeBufferPointer<UInt8>, labels: UnsafeBufferPointer<UInt8>, more: UnsafeBufferPointer<UInt8> = .init(start: nil, count: 0),
        _ value: Int64
    ) {
        writeLine(most: name.count + labels.count + more.count + 4 + Self.longestInteger) { at in
            Self.copy(name, to: &at)
            at.pointee = UInt8(ascii: "{")
            at += 1
            Self.copy(labels, to: &at)
            Self.copy(more, to: &at)
            at.pointee = UInt8(ascii: "}")
            at[1] = UInt8(ascii: " ")
            at += 2
            Self.write(value, at: &at)
        }
    }

    /// Bytes as they are.
    private mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { bytes in
            writeLine(most: bytes.count) { at in Self.copy(bytes, to: &at) }
        }
    }

    /// Makes room for `most` bytes and lets `body` write at most that many from the pointer it is
    /// given, moving the pointer past what it wrote.
    private mutating func writeLine(most: Int, _ body: (inout UnsafeMutablePointer<UInt8>) -> Void) {
        if length + most > storage.count {
            storage.append(contentsOf: repeatElement(0, count: Swift.max(length + most, 2 * storage.count) - storage.count))
        }
        let start = length
        length += storage.withUnsafeMutableBufferPointer { buffer in
            let first = buffer.baseAddress! + start
            var at = first
            body(&at)
            return at - first
        }
    }

    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to at: inout UnsafeMutablePointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        at.update(from: source, count: bytes.count)
        at += bytes.count
    }

    /// `value` in decimal and a line feed, without making a string of it.
    private static func write(_ value: Int64, at: inout UnsafeMutablePointer<UInt8>) {
        if value < 0 {
            at.pointee = UInt8(ascii: "-")
            at += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        for index in stride(from: digits - 1, through: 0, by: -1) {
            at[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        }
        at[digits] = UInt8(ascii: "\n")
        at += digits + 1
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
