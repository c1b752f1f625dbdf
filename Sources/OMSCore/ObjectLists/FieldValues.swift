/// The few values a list's reason column holds, each kept as one string: a line's field is
/// compared with them byte by byte and the kept string given back, instead of a new string a line.
/// Equal values then share their storage, which makes comparing them (as `ValueTally` does) one word.
struct FieldValues: Sendable {
    /// The most values kept; a list whose reasons differ line by line makes new strings past it.
    static let kept = 32
    private var values: [String] = []

    /// The string `bytes` hold; nil when they are not UTF-8.
    mutating func value(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for index in values.indices {
            let same = values[index].utf8.withContiguousStorageIfAvailable { $0.holdsSameBytes(as: bytes) }
            if same == true { return values[index] }
        }
        guard let value = String(validatingBytes: bytes) else { return nil }
        if values.count < Self.kept { values.append(value) }
        return value
    }
}
