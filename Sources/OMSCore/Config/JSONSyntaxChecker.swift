import OMSWords

/// Finds the first syntax error in JSON text and where it is, for config messages with line and
/// column (the standard decoder says only that the data is not valid JSON).
public enum JSONSyntaxChecker {
    /// A syntax error: 1-based line and column, and what was wrong and found there, as words of the
    /// table.
    public struct Problem: Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var reason: Wording
    }

    /// The first problem in `bytes`, or nil when they are one valid JSON value.
    public static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var parser = Parser(bytes: bytes)
        do throws(Problem) {
            parser.skipSpace()
            try parser.value(depth: 0)
            parser.skipSpace()
            if parser.index < bytes.count { throw parser.fail(Wording(.jsonAfterEnd)) }
            return nil
        } catch {
            return error
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        func fail(_ what: Wording) -> Problem {
            var line = 1, column = 1
            for byte in bytes.prefix(index) {
                if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            let found = index < bytes.count
                ? Wording(.jsonFound, ["text": String(decoding: [bytes[index]], as: UTF8.self)]) : Wording(.jsonFoundEnd)
            return Problem(line: line, column: column, reason: Wording(.jsonProblem, parts: ["what": what, "found": found]))
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        mutating func expect(_ character: Character) throws(Problem) {
            guard current == character.asciiValue else { throw fail(Wording(.jsonExpected, ["text": "\"\(character)\""])) }
            index += 1
        }

        mutating func value(depth: Int) throws(Problem) {
            guard depth < 512 else { throw fail(Wording(.jsonTooDeep)) }
            switch current {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
                try number()
            default: throw fail(Wording(.jsonExpectedValue))
            }
        }

        mutating func object(depth: Int) throws(Problem) {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "}") { index += 1; return }
            while true {
                guard current == UInt8(ascii: "\"") else { throw fail(Wording(.jsonExpectedKey)) }
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
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return
                case UInt8(ascii: "\\"):
                    try escape()
                case ..<0x20:
                    throw fail(Wording(.jsonControlInString))
                case ..<0x80:
                    index += 1
                default:
                    try utf8Character(startingWith: byte)
                }
            }
            throw fail(Wording(.jsonUnterminated))
        }

        /// One of \" \\ \/ \b \f \n \r \t, or \u and four hex digits; a surrogate only as half of a
        /// pair (`\uD83D\uDE00`), as the decoder takes nothing else.
        mutating func escape() throws(Problem) {
            let start = index
            index += 1
            guard let letter = current, "\"\\/bfnrtu".utf8.contains(letter) else {
                throw fail(Wording(.jsonBadEscape, ["escapes": #"\" \\ \/ \b \f \n \r \t \uXXXX"#]))
            }
            index += 1
            guard letter == UInt8(ascii: "u") else { return }
            let unit = try hexUnit()
            switch unit {
            case 0xD800...0xDBFF:
                let unpaired = Wording(.jsonHighHalf, ["unit": unit.hex])
                guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    index = start
                    throw fail(unpaired)
                }
                index += 2
                guard (0xDC00...0xDFFF).contains(try hexUnit()) else {
                    index = start
                    throw fail(unpaired)
                }
            case 0xDC00...0xDFFF:
                index = start
                throw fail(Wording(.jsonLowHalf, ["unit": unit.hex]))
            default:
                break
            }
        }

        /// Four hex digits, as a UTF-16 code unit.
        mutating func hexUnit() throws(Problem) -> UInt16 {
            var unit: UInt16 = 0
            for _ in 0..<4 {
                guard let digit = current, let value = digit.hexValue else { throw fail(Wording(.jsonHexDigits)) }
                unit = unit << 4 | UInt16(value)
                index += 1
            }
            return unit
        }

        /// A character of two to four bytes, which must be valid UTF-8.
        mutating func utf8Character(startingWith lead: UInt8) throws(Problem) {
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            let end = min(index + length, bytes.count)
            guard String(validating: bytes[index..<end], as: UTF8.self) != nil, end == index + length else {
                throw fail(Wording(.jsonNotUTF8))
            }
            index = end
        }

        mutating func literal(_ word: String) throws(Problem) {
            for expected in word.utf8 {
                guard current == expected else { throw fail(Wording(.jsonExpected, ["text": word])) }
                index += 1
            }
        }

        /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, and finite.
        mutating func number() throws(Problem) {
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            if current == UInt8(ascii: "0") {
                index += 1
                if current?.isDigit == true { throw fail(Wording(.jsonLeadingZero)) }
            } else {
                try digits()
            }
            if current == UInt8(ascii: ".") {
                index += 1
                try digits()
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                try digits()
            }
            guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value.isFinite else {
                index = start
                throw fail(Wording(.jsonTooLarge))
            }
        }

        mutating func digits() throws(Problem) {
            guard current?.isDigit == true else { throw fail(Wording(.jsonExpectedDigit)) }
            while current?.isDigit == true { index += 1 }
        }
    }
}

extension JSONSyntaxChecker.Problem: Error {}

extension UInt16 {
    /// Four uppercase hex digits.
    fileprivate var hex: String {
        let digits = String(self, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var hexValue: UInt8? {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): self - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): self - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): self - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
