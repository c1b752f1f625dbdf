/// The columns of a list, learned from a line read by what its fields hold: where the encoded
/// name, the name as it is, the time, the error code and the reason are. The next lines of the file
/// are read with them straight from their bytes when they fit (the same number of fields, the
/// encoded name decoding to the name as it is, the time a time), and by content when they do not.
/// Lists run to 100,000 lines; this keeps each line to a few allocations.
struct ListColumns: Sendable, Equatable {
    let delimiter: UInt8
    let count: Int
    let encoded: Int
    let raw: Int
    let time: Int?
    let code: Int?
    /// The fields joined into the reason, in order.
    let reasons: [Int]

    /// The fields of `text` read with these columns, its reason one of `values`; nil when the line
    /// does not fit them.
    func read(_ text: String, values: inout FieldValues) -> ObjectListLineReader.Fields? {
        var text = text
        return text.withUTF8 { read($0, values: &values) }
    }

    /// `read` of a line's bytes, not yet known to be UTF-8: nil too when any field is not, as a
    /// line that is not UTF-8 is unreadable however it is read.
    func read(_ line: UnsafeBufferPointer<UInt8>, values: inout FieldValues) -> ObjectListLineReader.Fields? {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: count) { ranges in
            read(line, ranges: ranges, values: &values)
        }
    }

    /// `read` with room for the fields' ranges.
    private func read(
        _ line: UnsafeBufferPointer<UInt8>, ranges: UnsafeMutableBufferPointer<Range<Int>>, values: inout FieldValues
    ) -> ObjectListLineReader.Fields? {
        var found = 0
        var start = 0
        while let index = line.firstIndex(of: delimiter, from: start) {
            guard found < count - 1 else { return nil }
            ranges.initializeElement(at: found, to: start..<index)
            found += 1
            start = index + 1
        }
        guard found == count - 1 else { return nil }
        ranges.initializeElement(at: found, to: start..<line.count)
        func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[ranges[index]]) }
        func trimmed(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            var range = ranges[index]
            while let first = range.first, Self.isSpace(line[first]) { range = range.dropFirst() }
            while let last = range.last, Self.isSpace(line[last]) { range = range.dropLast() }
            return UnsafeBufferPointer(rebasing: line[range])
        }
        func field(_ index: Int) -> String? { String(validatingBytes: trimmed(index)) }
        let name = bytes(raw)
        guard !name.isEmpty, Self.decodes(bytes(encoded), to: name), let nameText = String(validatingBytes: name) else { return nil }
        var fields = ObjectListLineReader.Fields(name: nameText)
        if let time {
            // A time is ASCII.
            guard ObjectListLineReader.isTime(trimmed(time)) else { return nil }
            fields.time = String(decoding: trimmed(time), as: UTF8.self)
        }
        if let code {
            guard let value = field(code) else { return nil }
            fields.errorCode = value.isEmpty ? nil : value
        }
        let reason: String
        if reasons.count == 1 {
            guard let value = values.value(of: trimmed(reasons[0])) else { return nil }
            reason = value
        } else {
            let parts = reasons.map(field)
            guard !parts.contains(nil) else { return nil }
            reason = parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")
        }
        fields.reason = reason.isEmpty ? nil : reason
        for index in 0..<count where !keeps(index) {
            let field = bytes(index)
            guard field.allSatisfy({ $0 < 0x80 }) || String(validatingBytes: field) != nil else { return nil }
        }
        return fields
    }

    /// Whether field `index` is one the object is read from (the others are only checked to be UTF-8).
    private func keeps(_ index: Int) -> Bool {
        index == raw || index == encoded || index == time || index == code || reasons.contains(index)
    }

    /// Whether `encoded` decodes to exactly `name`, as `ObjectListLineReader.decode` reads it (`+`
    /// a space unless the field holds `%2B`, every `%` an escape), compared byte by byte.
    static func decodes(_ encoded: UnsafeBufferPointer<UInt8>, to name: UnsafeBufferPointer<UInt8>) -> Bool {
        let plusAsSpace = !holdsEscapedPlus(encoded)
        var index = 0
        var matched = 0
        while index < encoded.count {
            var byte = encoded[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < encoded.count, let high = PercentEncoding.hexValue(encoded[index + 1]),
                    let low = PercentEncoding.hexValue(encoded[index + 2])
                else { return false }
                byte = high << 4 | low
                index += 3
            } else {
                if plusAsSpace, byte == UInt8(ascii: "+") { byte = UInt8(ascii: " ") }
                index += 1
            }
            guard matched < name.count, name[matched] == byte else { return false }
            matched += 1
        }
        return matched == name.count
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    /// Whether encoded bytes hold `%2B`: then `+` is a plus, not a space.
    static func holdsEscapedPlus(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index + 2 < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "%"), bytes[index + 1] == UInt8(ascii: "2"), bytes[index + 2] | 0x20 == UInt8(ascii: "b") {
                return true
            }
            index += 1
        }
        return false
    }
}
