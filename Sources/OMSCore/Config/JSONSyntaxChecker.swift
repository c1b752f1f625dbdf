/// Finds the first syntax error in JSON text and where it is, for config messages with line and
/// column (the standard decoder says only that the data is not valid JSON).
public enum JSONSyntaxChecker {
    /// A syntax error: 1-based line and column, and what was expected.
    public struct Problem: Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var reason: String
    }

    /// The first problem in `bytes`, or nil when they are one valid JSON value.
    public static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var parser = Parser(bytes: bytes)
        do throws(Problem) {
            parser.skipSpace()
            try parser.value(depth: 0)
            parser.skipSpace()
            if parser.index < bytes.count { throw parser.fail("unexpected text after the end") }
            return nil
        } catch {
            return error
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        func fail(_ reason: String) -> Problem {
            var line = 1, column = 1
            for byte in bytes.prefix(index) {
                if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            let found = index < bytes.count ? "found \"\(String(decoding: [bytes[index]], as: UTF8.self))\"" : "found the end"
            return Problem(line: line, column: column, reason: "\(reason), \(found)")
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        mutating func expect(_ character: Character) throws(Problem) {
            guard current == character.asciiValue else { throw fail("expected \"\(character)\"") }
            index += 1
        }

        mutating func value(depth: Int) throws(Problem) {
            guard depth < 512 else { throw fail("nested too deeply") }
            switch current {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
                try number()
            default: throw fail("expected a value")
            }
        }

        mutating func object(depth: Int) throws(Problem) {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "}") { index += 1; return }
            while true {
                guard current == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
                try string()
                skipSpace()
                try expect(":")
                skipSpace()
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") { index += 1; skipSpace(); continue }
                try expect("}")
                return
            }
        }

        mutating func array(depth: Int) throws(Problem) {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "]") { index += 1; return }
            while true {
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") { index += 1; skipSpace(); continue }
                try expect("]")
                return
            }
        }

        mutating func string() throws(Problem) {
            index += 1
            while let byte = current {
                index += 1
                if byte == UInt8(ascii: "\"") { return }
                if byte == UInt8(ascii: "\\") {
                    guard current != nil else { break }
                    index += 1
                } else if byte < 0x20 {
                    index -= 1
                    throw fail("a line break or control character inside a string")
                }
            }
            throw fail("unterminated string")
        }

        mutating func literal(_ word: String) throws(Problem) {
            for expected in word.utf8 {
                guard current == expected else { throw fail("expected \(word)") }
                index += 1
            }
        }

        mutating func number() throws(Problem) {
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
            while let byte = current, digits.contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            {
                index += 1
            }
            if index == start || (index == start + 1 && bytes[start] == UInt8(ascii: "-")) { throw fail("expected a number") }
            guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value.isFinite else {
                index = start
                throw fail("a number too large to hold")
            }
        }
    }
}

extension JSONSyntaxChecker.Problem: Error {}
