import OMSCore
import Testing

/// How outside text is shown on a terminal, over every Unicode scalar: exactly the C0 and C1
/// controls, DEL and the bidi controls are written out, and nothing else is touched.
@Suite("Outside text on a terminal: controls and bidi controls written out")
struct TerminalTextTests {
    /// The scalars a terminal must not be sent raw, listed by hand from Unicode's tables.
    static let escaped: Set<UInt32> = Set(0x00...0x1F).union([0x7F]).union(0x80...0x9F)
        .union([0x061C, 0x200E, 0x200F]).union(0x202A...0x202E).union(0x2066...0x2069)

    @Test("every scalar: exactly the controls, DEL and the bidi controls are escaped, as Unicode's tables list them")
    func everyScalar() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let unicode = scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
            if scalar.isEscapedOnTerminal != Self.escaped.contains(value) || unicode != Self.escaped.contains(value) {
                wrong.append(value)
            }
        }
        #expect(wrong.isEmpty, "scalars escaped or not against the list: \(wrong.prefix(10))")
    }

    @Test("each escaped scalar is written as \\u{HEX} (\\n, \\r, \\t by name) and leaves one line of ASCII")
    func writtenOut() {
        for value in Self.escaped.sorted() {
            let scalar = Unicode.Scalar(value)!
            let shown = ("a" + String(Character(scalar)) + "b").escapingControlCharacters
            let named: [UInt32: String] = [0x0A: #"\n"#, 0x0D: #"\r"#, 0x09: #"\t"#]
            let expected = "a" + (named[value] ?? "\\u{\(String(value, radix: 16, uppercase: true))}") + "b"
            #expect(shown == expected, "U+\(String(value, radix: 16))")
            #expect(shown.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
        }
    }

    @Test("the Trojan Source line reads in the order it is stored; other text is kept as it is")
    func trojanSource() {
        let line = "access = \u{202E} \u{2066}// check admin\u{2069} \u{2066}"
        #expect(line.escapingControlCharacters == #"access = \u{202E} \u{2066}// check admin\u{2069} \u{2066}"#)
        for kept in ["相册 photos", "naïve café", "עברית", "العربية", "👍🏽", "e\u{301}", "\u{200D}", "\u{FEFF}"] {
            #expect(kept.escapingControlCharacters == kept)
        }
    }
}
