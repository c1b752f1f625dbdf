/// One object of a failed (or ignored) list: its name, and what OMS recorded about it.
public struct ListedObject: Sendable, Hashable, Codable {
    /// The object's name in the source bucket, decoded.
    public var name: String
    public var reason: String?
    /// The source cloud SDK's error code, such as `NoSuchKey`.
    public var errorCode: String?
    /// When it failed, as the list writes it (the region's time zone).
    public var time: String?
    /// The list file it came from, and its line there (from 1).
    public var list: String
    public var line: Int

    public init(name: String, reason: String?, errorCode: String?, time: String?, list: String, line: Int) {
        self.name = name
        self.reason = reason
        self.errorCode = errorCode
        self.time = time
        self.list = list
        self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case name, reason, errorCode = "error_code", time, list, line
    }
}

/// A line of a list that could not be read as an object: shown as it is, with its place.
public struct UnreadableLine: Sendable, Hashable, Codable {
    public var list: String
    public var line: Int
    /// The line's text (bytes that are not UTF-8 replaced), or what kept it from being read.
    public var text: String

    public init(list: String, line: Int, text: String) {
        self.list = list
        self.line = line
        self.text = text
    }
}

/// What one line of a list holds: an object, or a line shown as it is.
public enum ListLine: Sendable, Hashable {
    case object(ListedObject)
    case unreadable(UnreadableLine)
}
