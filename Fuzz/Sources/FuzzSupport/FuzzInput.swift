/// One input from libFuzzer, with the views of it the targets take.
public struct FuzzInput {
    /// The bytes, as libFuzzer gave them.
    public let bytes: [UInt8]

    /// Copies the input libFuzzer passes to `LLVMFuzzerTestOneInput`.
    public init(_ start: UnsafeRawPointer, _ count: Int) {
        bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// The bytes read as UTF-8, invalid sequences replaced.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes cut at line feeds (a "\r\n" pair too) into exactly `count` texts, the last one holding
    /// the rest; missing parts are empty.
    public func parts(_ count: Int) -> [String] {
        var pieces = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: count - 1, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        while pieces.count < count { pieces.append("") }
        return pieces
    }
}
