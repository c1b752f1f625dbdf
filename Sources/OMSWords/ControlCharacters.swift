extension String {
    /// The text as a terminal may show it: every control character written out (`\n`, `\t`,
    /// `\u{1B}`) and every Unicode bidi control too (`\u{202E}`), for whatever quotes outside input
    /// (a server's answer, a config value, a name in a list). It stays on one line, cannot send an
    /// escape sequence to the user's terminal, and reads in the order it is stored.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: \.isEscapedOnTerminal) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.isEscapedOnTerminal: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Unicode.Scalar {
    /// Whether a terminal is shown the scalar written out rather than raw: a C0 or C1 control
    /// character, DEL, or a bidi control (U+202A–202E, the embeddings and overrides; U+2066–2069,
    /// the isolates; U+200E, U+200F and U+061C, the marks), which could reorder how the rest of a
    /// line reads. These are Unicode's general category Cc and its Bidi_Control property, by range.
    public var isEscapedOnTerminal: Bool {
        switch value {
        case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

extension String {
    /// JSON text with the C1 controls, DEL and the bidi controls inside its strings written as
    /// `\u009b`, `\u202e`: the same values once decoded, and bytes a terminal cannot act on when
    /// the JSON is printed to one. JSON's own escapes already cover C0 inside strings, so a raw
    /// tab, line feed or carriage return here is white space between tokens and is kept.
    public var escapingTerminalControlsInJSON: String {
        guard unicodeScalars.contains(where: { $0.isEscapedOnTerminal && $0.value >= 0x20 }) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar.isEscapedOnTerminal, scalar.value >= 0x20 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
