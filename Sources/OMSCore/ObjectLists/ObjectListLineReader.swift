/// Reads the lines of one list file into objects. OMS documents what a line records (the
/// reason, the time, the object's name URL-encoded and as it is, the source SDK's error code) but
/// not the delimiter, the order or whether a header comes first, so all three are read from the
/// file: the delimiter is a tab if the line has one, else a comma, `|` or `;`; a first line of
/// column names says which column is which; without one, each line's fields are told apart by
/// what they hold (the encoded name is the field that decodes to another field or holds escapes).
/// A line that cannot be read this way is given back as unreadable, never dropped.
public struct ObjectListLineReader: Sendable {
    /// What a column holds.
    enum Role: Equatable, Sendable { case name, encodedName, reason, errorCode, time, other }

    public let list: String
    /// The columns a header named, once one was read.
    private var header: [Role]?
    /// Whether an earlier line had several fields: then a line of one is not a bare name.
    private var delimited = false
    /// The columns the last line read by content had, tried first on the next.
    private var columns: ListColumns?
    /// The reasons read so far, each kept once.
    private var reasons = FieldValues()

    public init(list: String) { self.list = list }

    /// What line `number` (its bytes, without the line break) holds; nil for a header. A line
    /// the learned columns fit is read straight from its bytes; any other is read as text.
    public mutating func read(bytes: UnsafeBufferPointer<UInt8>, number: Int) -> ListLine? {
        if let columns, let fields = columns.read(bytes, values: &reasons) { return .object(object(fields, line: number)) }
        guard let text = String(validatingBytes: bytes) else {
            return .unreadable(UnreadableLine(list: list, line: number, text: SyncObjectName.Problem.notUTF8.message))
        }
        return readWithoutColumns(text, number: number)
    }

    /// What line `number` (`text`, without its line break) holds; nil for a header.
    public mutating func read(_ text: String, number: Int) -> ListLine? {
        if let columns, let fields = columns.read(text, values: &reasons) { return .object(object(fields, line: number)) }
        return readWithoutColumns(text, number: number)
    }

    /// `read` of a line the learned columns do not fit (or before any were learned).
    private mutating func readWithoutColumns(_ text: String, number: Int) -> ListLine? {
        let delimiter = Self.delimiter(of: text)
        let fields = delimiter.map { text.split(separator: $0, omittingEmptySubsequences: false).map(String.init) } ?? [text]
        if number == 1, let roles = Self.headerRoles(fields) {
            header = roles
            return nil
        }
        let unreadable = ListLine.unreadable(UnreadableLine(list: list, line: number, text: text))
        if fields.count > 1 { delimited = true } else if delimited { return unreadable }
        let parsed: Fields?
        if let header {
            parsed = Self.byHeader(fields, roles: header, delimiter: delimiter)
        } else {
            let read = Self.byContent(fields, delimiter: delimiter)
            parsed = read?.fields
            if let learned = read?.columns { columns = learned }
        }
        guard let parsed, !parsed.name.isEmpty else { return unreadable }
        return .object(object(parsed, line: number))
    }

    private func object(_ fields: Fields, line: Int) -> ListedObject {
        ListedObject(name: fields.name, reason: fields.reason, errorCode: fields.errorCode, time: fields.time, list: list, line: line)
    }

    /// A line's fields by role.
    struct Fields: Equatable {
        var name = ""
        var reason: String?
        var errorCode: String?
        var time: String?
    }

    /// A line's fields told apart by content, and its columns when the name came from an encoded
    /// field and the one field it decodes to (what the next lines are tried with).

    static func delimiter(of text: String) -> Character? {
        ["\t", ",", "|", ";"].first { text.contains($0) }
    }

    /// The roles of a header line's columns; nil unless every field is a column name.
    static func headerRoles(_ fields: [String]) -> [Role]? {
        let roles = fields.map(role(named:))
        guard fields.count > 1, !roles.contains(nil), roles.contains(.name) || roles.contains(.encodedName) else { return nil }
        return roles.compactMap { $0 }
    }

    /// The words column names are made of; a field with any other word is not a column name.
    private static let headerWords: Set<String> = [
        "object", "objects", "key", "name", "path", "file", "encoded", "encode", "url", "urlencoded", "escaped", "raw",
        "original", "error", "err", "code", "reason", "message", "msg", "cause", "fail", "failed", "failure", "time",
        "date", "timestamp", "at", "last", "modified", "size", "etag", "source", "src", "of", "the",
    ]

    /// A column's role by its name: words split at spaces, `_`, `-` and camel case.
    private static func role(named field: String) -> Role? {
        var spaced = ""
        var previous: Character?
        for character in field.trimmingWhitespace() {
            if character.isUppercase, previous?.isLowercase == true { spaced.append(" ") }
            spaced.append(character == "_" || character == "-" ? " " : character)
            previous = character
        }
        let words = spaced.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= 4, words.allSatisfy(headerWords.contains) else { return nil }
        let has: (String...) -> Bool = { names in names.contains { words.contains($0) } }
        if has("encoded", "encode", "url", "urlencoded", "escaped") { return .encodedName }
        if has("code") { return .errorCode }
        if has("reason", "message", "msg", "cause") || words == ["error"] { return .reason }
        if has("time", "date", "timestamp") { return .time }
        if has("key", "name", "object", "path", "file") { return .name }
        return .other
    }

    /// The fields of a line under a header. More fields than columns means the name (as it is)
    /// held the delimiter: the extra fields go back into it.
    static func byHeader(_ fields: [String], roles: [Role], delimiter: Character?) -> Fields? {
        var fields = fields
        if fields.count > roles.count, let nameColumn = roles.firstIndex(of: .name), let delimiter {
            let extra = fields.count - roles.count
            let joined = fields[nameColumn...(nameColumn + extra)].joined(separator: String(delimiter))
            fields.replaceSubrange(nameColumn...(nameColumn + extra), with: [joined])
        }
        guard fields.count == roles.count else { return nil }
        var parsed = Fields()
        var encoded: String?
        for (role, field) in zip(roles, fields) {
            let value = field.trimmingWhitespace()
            switch role {
            case .name: parsed.name = field
            case .encodedName: encoded = value
            case .reason: parsed.reason = value.isEmpty ? nil : value
            case .errorCode: parsed.errorCode = value.isEmpty ? nil : value
            case .time: parsed.time = value.isEmpty ? nil : value
            case .other: break
            }
        }
        if let encoded, !encoded.isEmpty {
            guard let decoded = decode(encoded) else { return nil }
            if parsed.name.isEmpty { parsed.name = decoded }
        }
        return parsed
    }

    /// The fields of a line without a header, told apart by what they hold.
    static func byContent(_ fields: [String], delimiter: Character?) -> (fields: Fields, columns: ListColumns?)? {
        var rest = Array(fields.indices)
        var parsed = Fields()
        if let time = rest.first(where: { isTime(fields[$0]) }) {
            parsed.time = fields[time].trimmingWhitespace()
            rest.removeAll { $0 == time }
        }
        let time = parsed.time == nil ? nil : fields.indices.first { isTime(fields[$0]) }
        guard let name = nameFields(fields, among: rest, delimiter: delimiter) else { return nil }
        parsed.name = name.name
        rest.removeAll { name.used.contains($0) }
        let others = rest.filter { !fields[$0].trimmingWhitespace().isEmpty }
        let values = others.map { fields[$0].trimmingWhitespace() }
        var code: Int?
        if let index = values.lastIndex(where: looksLikeCode) ?? (values.count > 1 ? values.lastIndex(where: isErrorCode) : nil) {
            code = others[index]
            parsed.errorCode = values[index]
        }
        let reasons = others.filter { $0 != code }
        let reason = reasons.map { fields[$0].trimmingWhitespace() }.joined(separator: "; ")
        parsed.reason = reason.isEmpty ? nil : reason
        var columns: ListColumns?
        if let encoded = name.encoded, let raw = name.raw, let byte = delimiter?.asciiValue {
            columns = ListColumns(delimiter: byte, count: fields.count, encoded: encoded, raw: raw, time: time, code: code, reasons: reasons)
        }
        return (parsed, columns)
    }

    /// The name, and the fields it was read from: an encoded field that decodes to a run of other
    /// fields (the name as it is, split where it held the delimiter), else the one field with
    /// escapes, else the line itself when it is one field.
    private static func nameFields(_ fields: [String], among candidates: [Int], delimiter: Character?)
        -> (name: String, used: Set<Int>, encoded: Int?, raw: Int?)?
    {
        if fields.count == 1 { return (fields[0], [0], nil, nil) }
        let separator = delimiter.map(String.init) ?? ""
        for encoded in candidates where !fields[encoded].contains(" ") {
            guard let decoded = decode(fields[encoded]) else { continue }
            for start in candidates where start != encoded {
                var joined = ""
                var end = start
                while end < fields.count, end != encoded, candidates.contains(end) {
                    joined += (end == start ? "" : separator) + fields[end]
                    if joined == decoded { return (decoded, Set([encoded] + Array(start...end)), encoded, start == end ? start : nil) }
                    if joined.count >= decoded.count { break }
                    end += 1
                }
            }
        }
        let escaped = candidates.filter { hasEscape(fields[$0]) && !fields[$0].contains(" ") && decode(fields[$0]) != nil }
        if escaped.count == 1 { return (decode(fields[escaped[0]])!, [escaped[0]], nil, nil) }
        return nil
    }

    /// A URL-encoded name decoded (`+` as a space only when it has no escaped `+`); nil unless
    /// every `%` starts an escape and the bytes are UTF-8.
    static func decode(_ text: String) -> String? {
        let plusAsSpace = !text.contains("%2B") && !text.contains("%2b")
        guard let bytes = PercentEncoding.decodedBytes(text, plusAsSpace: plusAsSpace, strict: true) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hasEscape(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "%") {
            if bytes[index + 1].isHexDigit && bytes[index + 2].isHexDigit { return true }
        }
        return false
    }

    /// `2026-12-07 10:15:32`, `2026/12/07 10:15`, ISO 8601 with a zone, or seconds or
    /// milliseconds since 1970.
    static func isTime(_ field: String) -> Bool {
        var trimmed = field.trimmingWhitespace()
        return trimmed.withUTF8(isTime)
    }

    /// `isTime` of a field's trimmed bytes.
    static func isTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.count == 10 || bytes.count == 13, bytes[0] == UInt8(ascii: "1"), bytes.allSatisfy(\.isDigit) { return true }
        guard bytes.count >= 10, bytes[0..<4].allSatisfy(\.isDigit), bytes[5..<7].allSatisfy(\.isDigit),
            bytes[8..<10].allSatisfy(\.isDigit), bytes[4] == bytes[7], bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/")
        else { return false }
        // After the date: a time and a zone, in digits, separators, "T", "Z" and a zone's capitals.
        return bytes[10...].allSatisfy { $0.isDigit || $0.isUppercaseASCII || $0.isTimeSeparator }
    }

    /// A token an SDK could use as an error code: letters, digits and `._:-`, no spaces.
    private static func isErrorCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, bytes.count <= 64, first.isDigit || first.isLetterASCII else { return false }
        return bytes.allSatisfy { $0.isDigit || $0.isLetterASCII || $0.isCodeSeparator }
    }

    /// An error code on its own, beside no reason: `NoSuchKey`, `OMS.0001`, `404`, `ETIMEDOUT`.
    private static func looksLikeCode(_ text: String) -> Bool {
        isErrorCode(text) && (text.utf8.contains { $0.isDigit || $0 == UInt8(ascii: ".") } || text.dropFirst().contains(where: \.isUppercase))
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var isUppercaseASCII: Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) }
    fileprivate var isLetterASCII: Bool { isUppercaseASCII || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) }
    /// A byte a time holds beside its digits: ` :.,+-`.
    fileprivate var isTimeSeparator: Bool {
        switch self {
        case UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "+"), UInt8(ascii: "-"): true
        default: false
        }
    }
    /// A byte an error code holds beside letters and digits: `._:-`.
    fileprivate var isCodeSeparator: Bool {
        switch self {
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"): true
        default: false
        }
    }
    fileprivate var isHexDigit: Bool { isDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self | 0x20) }
}
