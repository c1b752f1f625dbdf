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
        for byte in chunk {
            if byte == UInt8(ascii: "\n") {
                if let line = endLine() { lines.append(line) }
            } else {
                if pending.count <= Self.maxLineBytes { pending.append(byte) }
                pendingLength += 1
                lastByte = byte
            }
        }
        return lines
    }

    /// The last line, when the file does not end with a line break.
    public mutating func finish() -> Line? {
        pendingLength > 0 ? endLine() : nil
    }

    private mutating func endLine() -> Line? {
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
        guard length > 0 else { return nil }
        guard length <= Self.maxLineBytes else { return Line(number: lineNumber, name: .failure(.lineTooLong(bytes: length))) }
        guard let name = String(validating: pending, as: UTF8.self) else { return Line(number: lineNumber, name: .failure(.notUTF8)) }
        return Line(number: lineNumber, name: .success(name))
    }
}
