import OMSCore
import Testing

/// CSV fields keep their text, but nothing in them runs in a terminal or a spreadsheet.
@Suite("CSV fields: controls written out, formulas guarded, RFC 4180 quoting")
struct CSVFieldTests {
    @Test("formulas get a leading quote; numbers, lone signs and other text are kept", arguments: [
        ("=HYPERLINK(\"http://x\")", #""'=HYPERLINK(""http://x"")""#), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"), ("-rf", "'-rf"), ("-12.5", "-12.5"), ("+7", "+7"), ("-", "-"), ("1.2.3", "1.2.3"),
        ("-1.2.3", "'-1.2.3"), ("a=b", "a=b"), ("logs/2026", "logs/2026"), ("", ""),
    ])
    func formulas(value: String, field: String) {
        #expect(CSVField.text(value) == field)
    }

    @Test("every control and bidi character is written out, and what starts a formula after it is guarded")
    func controls() {
        for value in UInt32(0)...0x206F {
            guard let scalar = Unicode.Scalar(value), scalar.isEscapedOnTerminal else { continue }
            let field = CSVField.text("a" + String(Character(scalar)) + "b")
            #expect(field.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "U+\(String(value, radix: 16))")
        }
        #expect(CSVField.text("\t=1") == #"\t=1"#, "a written-out tab starts with a backslash: no formula")
        #expect(CSVField.text("x,\r\ny") == #""x,\r\ny""#)
    }
}
