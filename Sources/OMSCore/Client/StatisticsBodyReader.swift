/// Reads a statistics answer the way OMS writes it, about twenty times faster than `JSONDecoder`:
/// a first load of a fleet reads a day of points for hundreds of tasks, and decoding them was most of
/// `watch --once`'s time.
///
/// It reads a strict subset of JSON: printable ASCII strings without escapes; the documented keys
/// with the types `TaskStatistics`' `Decodable` conformance reads (a known key once per object);
/// integers within `Int64` for a point's numbers; and other keys holding a string, a number, `true`,
/// `false` or `null`. For anything else (escapes, non-ASCII, numbers sent as strings, nested values
/// under unknown keys, malformed JSON) it answers `nil`, and the caller decodes with `JSONDecoder`.
/// Whenever it answers a value, `JSONDecoder` decodes the same bytes to an equal one: the parity
/// tests and the `FuzzStatisticsBody` target hold it to that.
enum StatisticsBodyReader {
    /// The statistics the body holds, or `nil` when it is not in the subset this reader takes.
    static func read(_ body: [UInt8]) -> TaskStatistics? {
        body.withUnsafeBufferPointer { bytes in
            var cursor = Cursor(bytes: bytes)
            guard let statistics = cursor.readStatistics() else { return nil }
            cursor.skipWhitespace()
            return cursor.isAtEnd ? statistics : nil
        }
    }

    /// A position in the body and the readers of the answer's parts from there.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        // MARK: The answer's parts

        mutating func readStatistics() -> TaskStatistics? {
            var taskID: String?
            var timeType: StatisticTimeType?
            var series: [StatisticSeries] = []
            var seen: (taskID: Bool, timeType: Bool, series: Bool) = (false, false, false)
            let complete = readObject { cursor, key in
                switch key {
                case Key.taskID:
                    guard !seen.taskID else { return false }
                    seen.taskID = true
                    return cursor.readTolerantString { taskID = $0 }
                case Key.timeType:
                    guard !seen.timeType else { return false }
                    seen.timeType = true
                    return cursor.readTolerantString { timeType = $0.map(StatisticTimeType.init(rawValue:)) }
                case Key.series:
                    guard !seen.series else { return false }
                    seen.series = true
                    return cursor.readOptionalArray { cursor in
                        guard let one = cursor.readSeries() else { return false }
                        series.append(one)
                        return true
                    }
                default:
                    return cursor.skipScalar()
                }
            }
            return complete ? TaskStatistics(taskID: taskID, timeType: timeType, series: series) : nil
        }

        mutating func readSeries() -> StatisticSeries? {
            var dataType: StatisticDataType?
            var points: [StatisticPoint] = []
            var seenPoints = false
            let complete = readObject { cursor, key in
                switch key {
                case Key.dataType:
                    guard dataType == nil, let text = cursor.readString() else { return false }
                    dataType = StatisticDataType(rawValue: text)
                    return true
                case Key.points:
                    guard !seenPoints else { return false }
                    seenPoints = true
                    points.reserveCapacity(300)
                    return cursor.readOptionalArray { cursor in
                        guard let point = cursor.readPoint() else { return false }
                        points.append(point)
                        return true
                    }
                default:
                    return cursor.skipScalar()
                }
            }
            guard complete, let dataType else { return nil }
            return StatisticSeries(dataType: dataType, points: points)
        }

        mutating func readPoint() -> StatisticPoint? {
            var timestamp: Int64?
            var value: Int64?
            var seen: (timestamp: Bool, value: Bool) = (false, false)
            let complete = readObject { cursor, key in
                switch key {
                case Key.timestamp:
                    guard !seen.timestamp else { return false }
                    seen.timestamp = true
                    return cursor.readOptionalInteger { timestamp = $0 }
                case Key.value:
                    guard !seen.value else { return false }
                    seen.value = true
                    return cursor.readOptionalInteger { value = $0 }
                default:
                    return cursor.skipScalar()
                }
            }
            return complete ? StatisticPoint(timestamp: timestamp ?? 0, value: value ?? 0) : nil
        }

        // MARK: JSON values

        /// Reads `{ "key": value, … }`, handing each key to `member`, which reads its value.
        mutating func readObject(_ member: (inout Cursor, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
            guard consume(Byte.openBrace) else { return false }
            if consume(Byte.closeBrace) { return true }
            repeat {
                skipWhitespace()
                guard let key = readStringBytes(), consume(Byte.colon) else { return false }
                skipWhitespace()
                guard member(&self, key) else { return false }
            } while consume(Byte.comma)
            return consume(Byte.closeBrace)
        }

        /// Reads `null` (as no elements) or `[ element, … ]`, handing each element to `element`.
        mutating func readOptionalArray(_ element: (inout Cursor) -> Bool) -> Bool {
            if consumeLiteral(Literal.null) { return true }
            guard consume(Byte.openBracket) else { return false }
            if consume(Byte.closeBracket) { return true }
            repeat {
                skipWhitespace()
                guard element(&self) else { return false }
            } while consume(Byte.comma)
            return consume(Byte.closeBracket)
        }

        /// Reads a string, or `null`, `true`, `false` or a number as no string, as `decodeTolerant` does.
        mutating func readTolerantString(_ found: (String?) -> Void) -> Bool {
            if let text = readString() {
                found(text)
                return true
            }
            found(nil)
            return skipScalar()
        }

        /// Reads `null` (as no number) or an integer within `Int64`.
        mutating func readOptionalInteger(_ found: (Int64?) -> Void) -> Bool {
            if consumeLiteral(Literal.null) {
                found(nil)
                return true
            }
            guard let number = readInteger() else { return false }
            found(number)
            return true
        }

        mutating func readString() -> String? {
            readStringBytes().map { String(decoding: $0, as: UTF8.self) }
        }

        /// Reads a string of printable ASCII without escapes, giving its bytes between the quotes.
        mutating func readStringBytes() -> UnsafeBufferPointer<UInt8>? {
            guard offset < bytes.count, bytes[offset] == Byte.quote else { return nil }
            let start = offset + 1
            var end = start
            while end < bytes.count {
                let byte = bytes[end]
                if byte == Byte.quote {
                    offset = end + 1
                    return UnsafeBufferPointer(rebasing: bytes[start..<end])
                }
                guard byte >= 0x20, byte < 0x7F, byte != Byte.backslash else { return nil }
                end += 1
            }
            return nil
        }

        /// Reads `-?(0|[1-9][0-9]*)` when it fits in `Int64` and no fraction or exponent follows.
        mutating func readInteger() -> Int64? {
            var index = offset
            let negative = index < bytes.count && bytes[index] == Byte.minus
            if negative { index += 1 }
            let firstDigit = index
            var magnitude: UInt64 = 0
            while index < bytes.count, let digit = Self.digit(bytes[index]) {
                let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
                guard !overflow1, !overflow2 else { return nil }
                magnitude = sum
                index += 1
            }
            let digits = index - firstDigit
            guard digits > 0, digits == 1 || bytes[firstDigit] != Byte.zero else { return nil }
            if index < bytes.count, bytes[index] == Byte.dot || bytes[index] == Byte.lowerE || bytes[index] == Byte.upperE {
                return nil
            }
            let limit: UInt64 = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
            guard magnitude <= limit else { return nil }
            offset = index
            return negative ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude)
        }

        /// Skips a string, a number, `true`, `false` or `null`; an array or object is not in the subset.
        mutating func skipScalar() -> Bool {
            guard offset < bytes.count else { return false }
            switch bytes[offset] {
            case Byte.quote: return readStringBytes() != nil
            case Byte.lowerT: return consumeLiteral(Literal.true)
            case Byte.lowerF: return consumeLiteral(Literal.false)
            case Byte.lowerN: return consumeLiteral(Literal.null)
            default: return skipNumber()
            }
        }

        /// Skips a number of JSON's grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
        mutating func skipNumber() -> Bool {
            var index = offset
            if index < bytes.count, bytes[index] == Byte.minus { index += 1 }
            let integerStart = index
            index = skipDigits(from: index)
            let integerDigits = index - integerStart
            guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != Byte.zero else { return false }
            if index < bytes.count, bytes[index] == Byte.dot {
                let fractionStart = index + 1
                index = skipDigits(from: fractionStart)
                guard index > fractionStart else { return false }
            }
            if index < bytes.count, bytes[index] == Byte.lowerE || bytes[index] == Byte.upperE {
                index += 1
                if index < bytes.count, bytes[index] == Byte.plus || bytes[index] == Byte.minus { index += 1 }
                let exponentStart = index
                index = skipDigits(from: exponentStart)
                guard index > exponentStart else { return false }
            }
            offset = index
            return true
        }

        func skipDigits(from start: Int) -> Int {
            var index = start
            while index < bytes.count, Self.digit(bytes[index]) != nil { index += 1 }
            return index
        }

        /// Consumes `byte` after any whitespace, and the whitespace after it.
        mutating func consume(_ byte: UInt8) -> Bool {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
            skipWhitespace()
            return true
        }

        mutating func consumeLiteral(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return false }
            let text = UnsafeBufferPointer(start: literal.utf8Start, count: count)
            guard text.elementsEqual(bytes[offset..<offset + count]) else { return false }
            offset += count
            return true
        }

        mutating func skipWhitespace() {
            while offset < bytes.count {
                switch bytes[offset] {
                case Byte.space, Byte.tab, Byte.lineFeed, Byte.carriageReturn: offset += 1
                default: return
                }
            }
        }

        static func digit(_ byte: UInt8) -> UInt8? {
            byte >= Byte.zero && byte <= Byte.zero + 9 ? byte - Byte.zero : nil
        }
    }

    /// The keys of the answer, as bytes to compare with a key read from the body.
    private enum Key {
        static let taskID = KeyBytes("sync_task_id")
        static let timeType = KeyBytes("statistic_time_type")
        static let series = KeyBytes("statistic_datas")
        static let dataType = KeyBytes("data_type")
        static let points = KeyBytes("data")
        static let timestamp = KeyBytes("time_stamp")
        static let value = KeyBytes("statistic_num")
    }

    private enum Literal {
        static let null: StaticString = "null"
        static let `true`: StaticString = "true"
        static let `false`: StaticString = "false"
    }

    private enum Byte {
        static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), colon = UInt8(ascii: ":")
        static let comma = UInt8(ascii: ","), minus = UInt8(ascii: "-"), plus = UInt8(ascii: "+")
        static let dot = UInt8(ascii: "."), zero = UInt8(ascii: "0")
        static let lowerE = UInt8(ascii: "e"), upperE = UInt8(ascii: "E")
        static let lowerT = UInt8(ascii: "t"), lowerF = UInt8(ascii: "f"), lowerN = UInt8(ascii: "n")
        static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
        static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
        static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    }
}

/// A key's bytes, matched in a `switch` against the bytes of a key read from a body.
private struct KeyBytes: Sendable {
    let bytes: [UInt8]
    init(_ text: String) { bytes = Array(text.utf8) }

    static func ~= (pattern: KeyBytes, key: UnsafeBufferPointer<UInt8>) -> Bool {
        pattern.bytes.elementsEqual(key)
    }
}
