/// Splits a names file into names as its bytes arrive, so that a list of any length is read in
/// bounded memory: a line ends at "\n" or "\r\n", an empty line is skipped, and every other line is
/// one name exactly as written, spaces included. A line longer than any name the API takes is
/// reported as too long without being kept.
public struct NameLineSplitter: Sendable {
    /// One line of the file that holds a name.
    public struct Line: Equatable, Sendable {
        /// Its line number in the file, from 1.
        public var number: Int
        /// The name as read, or a problem: bytes that are not UTF-8, or a line too long to send.
        public var name: Result<String, SyncObjectName.Problem>

        public init(number: Int, name: Result<String, SyncObjectName.Problem>) {
            self.number = number
            self.name = name
        }
    }

    /// The longest line kept: a longer one cannot be sent, since encoding never shortens a name.
    public static let maxLineBytes = CreateSyncEventsRequest.maxEncodedNameLength

    private var pending: [UInt8] = []
    /// The length of the line so far, kept or not.
    private var pendingLength = 0
    private var lastByte: UInt8?
    private var lineNumber = 0

    public init() {}

    /// The complete lines in `chunk` and what came before it.
    public mutating func feed(_ chunk: some Sequence<UInt8>) -> [Line] {
        var lines: [Line] = []
        feed(chunk) { lines.append(Self.line($0, $1)) }
        return lines
    }

    /// The last line, when the file does not end with a line break.
    public mutating func finish() -> Line? {
        var last: Line?
        finish { last = Self.line($0, $1) }
        return last
    }

    /// The complete lines in `chunk` and what came before it, each given to `body` as its number
    /// and its bytes (valid only during the call, not yet checked to be UTF-8) or its problem: for
    /// a reader that makes no string of a line it can read from its bytes.
    public mutating func feed(
        _ chunk: some Sequence<UInt8>, bytes body: (Int, Result<UnsafeBufferPointer<UInt8>, SyncObjectName.Problem>) throws -> Void
    ) rethrows {
        let bytes = Array(chunk)
        try bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            // A line's bytes are taken a run at a time, up to each line break.
            while start < bytes.count {
                let end = bytes.firstIndex(of: UInt8(ascii: "\n"), from: start) ?? bytes.count
                if end > start {
                    let room = Self.maxLineBytes + 1 - pending.count
                    if room > 0 { pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + room)])) }
                    pendingLength += end - start
                    lastByte = bytes[end - 1]
                }
                if end < bytes.count { try endLine(body) }
                start = end + 1
            }
        }
    }

    /// The last line as `feed(_:bytes:)` gives lines, when the file does not end with a line break.
    public mutating func finish(bytes body: (Int, Result<UnsafeBufferPointer<UInt8>, SyncObjectName.Problem>) throws -> Void) rethrows {
        if pendingLength > 0 { try endLine(body) }
    }

    private static func line(_ number: Int, _ bytes: Result<UnsafeBufferPointer<UInt8>, SyncObjectName.Problem>) -> Line {
        Line(number: number, name: bytes.flatMap { String(validatingBytes: $0).map(Result.success) ?? .failure(.notUTF8) })
    }

    private mutating func endLine(_ body: (Int, Result<UnsafeBufferPointer<UInt8>, SyncObjectName.Problem>) throws -> Void) rethrows {
        lineNumber += 1
        defer {
            pending.removeAll(keepingCapacity: true)
            pendingLength = 0
            lastByte = nil
        }
        var length = pendingLength
        if length > 0, lastByte == UInt8(ascii: "\r") {
            length -= 1
            if pending.count > length { pending.removeLast(pending.count - length) }
        }
        guard length > 0 else { return }
        guard length <= Self.maxLineBytes else { return try body(lineNumber, .failure(.lineTooLong(bytes: length))) }
        try pending.withUnsafeBufferPointer { try body(lineNumber, .success($0)) }
    }
}
