#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the lists' readers ask of raw bytes a line at a time, done by the C library's `memchr`
/// and `memcmp` rather than a byte-by-byte loop: over a 100,000-line list these add up.
extension UnsafeBufferPointer<UInt8> {
    /// Whether `other` holds the same bytes.
    func holdsSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard count > 0, let base = baseAddress, let otherBase = other.baseAddress else { return true }
        return memcmp(base, otherBase, count) == 0
    }

    /// The index of the first `byte` at or after `start`.
    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress, let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

extension String {
    /// The string `bytes` hold when they are UTF-8, else nil: as `String(validating:as:)`, whose
    /// generic path costs more than the rest of a list line's reading. Decoding puts U+FFFD in
    /// place of bytes that are not UTF-8 and always gives UTF-8, so the bytes come back unchanged
    /// exactly when they were UTF-8.
    init?(validatingBytes bytes: UnsafeBufferPointer<UInt8>) {
        var string = String(decoding: bytes, as: UTF8.self)
        guard string.withUTF8({ $0.holdsSameBytes(as: bytes) }) else { return nil }
        self = string
    }
}
