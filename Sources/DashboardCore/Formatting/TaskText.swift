import OMSCore

/// The words used for a task everywhere: short id, source, destination, route.
public enum TaskText {
    /// "d18b…a3e": the first four and last three characters of a long id.
    public static func shortID(_ id: String) -> String {
        id.count > 10 ? "\(id.prefix(4))…\(id.suffix(3))" : id
    }

    /// "Aliyun cn-beijing/logs-prod".
    public static func source(_ task: SyncTask) -> String {
        let cloud = task.srcCloudType?.rawValue ?? "?"
        return "\(cloud) \(task.srcRegion ?? "?")/\(task.srcBucket ?? "?")"
    }

    /// "cn-north-4/logs-prod".
    public static func destination(_ task: SyncTask) -> String {
        "\(task.dstRegion ?? "?")/\(task.dstBucket ?? "?")"
    }

    /// "Aliyun cn-beijing/logs-prod → cn-north-4/logs-prod", with `arrow` between ("->" in ASCII).
    public static func route(_ task: SyncTask, arrow: String = "→") -> String {
        "\(source(task)) \(arrow) \(destination(task))"
    }

    /// The status word: the API's value, or "UNKNOWN" when missing.
    public static func status(_ task: SyncTask) -> String { task.status?.rawValue ?? "UNKNOWN" }
}
