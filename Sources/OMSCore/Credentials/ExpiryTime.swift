/// The times IAM writes: `2026-12-02T18:00:00.000000Z` (fraction optional, always UTC).
public enum ExpiryTime {
    /// Milliseconds since 1970 of such a time, or nil when it is malformed or before 1970.
    public static func parse(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z"), bytes[4] == UInt8(ascii: "-"),
            bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":")
        else { return nil }
        func number(_ range: Range<Int>) -> Int32? {
            guard bytes[range].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return Int32(String(decoding: bytes[range], as: UTF8.self))
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var milliseconds: Int64 = 0
        if bytes.count > 20 {
            guard bytes[19] == UInt8(ascii: "."), bytes.count > 21 else { return nil }
            let digits = bytes[20..<(bytes.count - 1)]
            guard digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            let padded = Array(digits.prefix(3)) + Array(repeating: UInt8(ascii: "0"), count: max(0, 3 - digits.count))
            milliseconds = Int64(String(decoding: padded, as: UTF8.self)) ?? 0
        } else if bytes.count != 20 {
            return nil
        }
        let seconds = SigningDate.epochSeconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return seconds >= 0 ? seconds * 1000 + milliseconds : nil
    }

    /// A time in ms since 1970 written as IAM writes it, with microseconds.
    public static func format(milliseconds: Int64) -> String {
        let date = SigningDate.format(epochSeconds: milliseconds / 1000)
        let chars = Array(date)
        let fraction = String(milliseconds % 1000)
        return String(chars[0..<4]) + "-" + String(chars[4..<6]) + "-" + String(chars[6..<8]) + "T"
            + String(chars[9..<11]) + ":" + String(chars[11..<13]) + ":" + String(chars[13..<15]) + "."
            + String(repeating: "0", count: 3 - fraction.count) + fraction + "000Z"
    }
}
