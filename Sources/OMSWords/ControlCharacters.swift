extension String {
    /// The text with every control character written out (`\n`, `\t`, `\u{1B}`), for messages that
    /// quote outside input: a server's answer or a config value stays on one line and cannot send an
    /// escape sequence to the user's terminal.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: \.isControl) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.isControl: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a C0 or C1 control character, or DEL.
    var isControl: Bool { properties.generalCategory == .control }
}
