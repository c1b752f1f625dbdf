/// Which listed objects to take: a glob over the reason, an exact error code and a glob over the
/// subtask whose lists are read, each optional.
public struct ListedObjectFilter: Sendable, Hashable {
    public var reason: AccountPattern?
    public var errorCode: String?
    /// The subtasks (runs of the task) whose lists are read; the others' are not fetched.
    public var subtask: AccountPattern?

    public init(reason: AccountPattern? = nil, errorCode: String? = nil, subtask: AccountPattern? = nil) {
        self.reason = reason
        self.errorCode = errorCode
        self.subtask = subtask
    }

    public var isEmpty: Bool { reason == nil && errorCode == nil && subtask == nil }

    public func matches(_ object: ListedObject) -> Bool {
        if let reason, !reason.matches(object.reason ?? "") { return false }
        if let errorCode, object.errorCode?.lowercased() != errorCode.lowercased() { return false }
        return true
    }

    /// Whether `file`'s lines are read at all.
    public func reads(_ file: ObjectListFile) -> Bool {
        subtask?.matches(file.subtask) ?? true
    }
}
