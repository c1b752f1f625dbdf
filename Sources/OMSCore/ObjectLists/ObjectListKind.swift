/// Which of the object lists OMS writes into a task's destination bucket.
public enum ObjectListKind: String, Sendable, CaseIterable, Codable {
    /// Objects that could not be synchronized, with why.
    case failed
    /// Objects OMS left out on purpose (already there, excluded), with why.
    case ignored

    /// The folder of this kind's lists under the task's own folder.
    public var folder: String { "\(rawValue)_object_lists" }

    /// How a list file's name ends: `<timestamp>.failed_list.txt`.
    public var fileSuffix: String { ".\(rawValue)_list.txt" }

    /// `oms/sync_task/<task id>/failed_object_lists/`: where every list of this kind of a task is.
    /// The ignored lists' folder is assumed to follow the failed lists' pattern; OMS documents
    /// the failed lists' path and says the others lie beside them.
    public func prefix(taskID: String) -> String { "oms/sync_task/\(taskID)/\(folder)/" }
}
