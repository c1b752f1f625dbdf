/// How many objects each value of a column (a reason, an error code) has, in the order values were
/// first seen. A list repeats a handful of values, so the first few are looked for in order,
/// which is cheaper than hashing a reason a line, and the rest through a dictionary.
struct ValueTally: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        let value: String
        /// The value's UTF-8 length: values of other lengths differ, whatever their bytes.
        let length: Int
        var count: Int
    }

    /// Values looked for in order before the dictionary is asked.
    static let scanned = 8
    private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]

    mutating func add(_ value: String) {
        let length = value.utf8.count
        let counted = entries.withUnsafeMutableBufferPointer { entries in
            // The line reader's shared strings are equal at their first word.
            for index in 0..<min(entries.count, Self.scanned) where entries[index].length == length && entries[index].value == value {
                entries[index].count += 1
                return true
            }
            return false
        }
        if counted { return }
        if let index = positions[value] {
            entries[index].count += 1
            return
        }
        if entries.count >= Self.scanned { positions[value] = entries.count }
        entries.append(Entry(value: value, length: length, count: 1))
    }

    var counts: [String: Int] {
        Dictionary(entries.map { ($0.value, $0.count) }, uniquingKeysWith: +)
    }
}
