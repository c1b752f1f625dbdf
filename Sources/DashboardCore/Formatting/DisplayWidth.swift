import OMSCore

/// Terminal column widths: CJK and most emoji take two columns, combining marks none.
///
/// A string is measured and cut as the terminal is shown it: its control and bidi characters
/// written out (`\u{1B}`, `\u{202E}`), so a column sized for a description holds all of what is
/// drawn of it.
public enum DisplayWidth {
    /// The columns one character takes.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { width = 2; continue }
            width = max(width, of(scalar))
        }
        return width
    }

    /// The columns one scalar takes.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v)
            || (0x20D0...0x20FF).contains(v) || v == 0x200D
        {
            return 0
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x1F680...0x1F6FF).contains(v) || (0x20000...0x3FFFD).contains(v)
            || (0x2600...0x26FF).contains(v) && scalar.properties.isEmojiPresentation
        {
            return 2
        }
        return 1
    }

    /// The columns a string takes as shown.
    public static func of(_ text: some StringProtocol) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        guard text.unicodeScalars.contains(where: \.isEscapedOnTerminal) else { return text.reduce(0) { $0 + of($1) } }
        return String(text).escapingControlCharacters.reduce(0) { $0 + of($1) }
    }

    /// Whether every character is printable ASCII, one column a byte (most of what a frame draws,
    /// measured without breaking it into characters).
    private static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// The string cut to at most `width` columns, ending with "…" when cut; never splits a wide character.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if isPrintableASCII(text) {
            return text.utf8.count > width ? String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + "…" : text
        }
        let text = text.escapingControlCharacters
        guard of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// The string cut to at most `width` columns by dropping its middle: "dst-b…-0005". The end of a
    /// bucket name often tells it from its neighbours, so it is kept.
    public static func truncateMiddle(_ text: String, to width: Int) -> String {
        let text = text.escapingControlCharacters
        guard width > 1, of(text) > width else { return truncate(text, to: width) }
        let tailWidth = (width - 1) / 2
        var tail: [Character] = []
        var used = 0
        for character in text.reversed() {
            let w = of(character)
            if used + w > tailWidth { break }
            tail.append(character)
            used += w
        }
        return truncate(text, to: width - used).dropLast() + "…" + String(tail.reversed())
    }

    /// The string truncated or padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? padding + cut : cut + padding
    }

    /// The end of the string that fits `width` columns, after `cut` when something was dropped:
    /// "…ket/logs" (an edited line keeps its cursor in view).
    public static func keepingEnd(_ text: String, in width: Int, cut: String) -> String {
        let text = text.escapingControlCharacters
        guard of(text) > width else { return text }
        var kept: [Character] = []
        var used = of(cut)
        for character in text.reversed() {
            guard used + of(character) <= width else { break }
            kept.append(character)
            used += of(character)
        }
        return cut + String(kept.reversed())
    }

    /// The start of the string that fits `width` columns, never splitting a wide character.
    public static func keepingStart(_ text: String, in width: Int) -> String {
        let text = text.escapingControlCharacters
        var kept = ""
        var used = 0
        for character in text {
            guard used + of(character) <= width else { break }
            kept.append(character)
            used += of(character)
        }
        return kept
    }
}
