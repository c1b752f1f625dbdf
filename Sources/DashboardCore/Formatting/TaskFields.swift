import OMSCore

/// Every field the show operation returns, as labelled rows: for `omsdash show` and the detail pane.
public enum TaskFields {
    /// One labelled value.
    public struct Row: Sendable, Equatable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The rows of a task; `rawValues` keeps the API's values (for CSV), else human units and local time.
    public static func rows(of task: SyncTask, rawValues: Bool, time: LocalTime = .system) -> [Row] {
        func when(_ ms: Int64?) -> String { ms.map { rawValues ? String($0) : time.dateTime($0) } ?? "" }
        func flag(_ value: Bool?) -> String { value.map { rawValues ? String($0) : ($0 ? "on" : "off") } ?? "" }
        func count(_ value: Int64?) -> String { value.map { rawValues ? String($0) : HumanUnits.grouped($0) } ?? "" }
        var rows: [Row] = [
            Row(key: "sync_task_id", value: task.id),
            Row(key: "status", value: TaskText.status(task)),
            Row(key: "src_cloud_type", value: task.srcCloudType?.rawValue ?? ""),
            Row(key: "src_region", value: task.srcRegion ?? ""),
            Row(key: "src_bucket", value: task.srcBucket ?? ""),
            Row(key: "dst_region", value: task.dstRegion ?? ""),
            Row(key: "dst_bucket", value: task.dstBucket ?? ""),
            Row(key: "description", value: task.description ?? ""),
            Row(key: "create_time", value: when(task.createTime)),
            Row(key: "last_start_time", value: when(task.lastStartTime)),
            Row(key: "app_id", value: task.appID ?? ""),
            Row(key: "object_overwrite_mode", value: task.objectOverwriteMode?.rawValue ?? ""),
            Row(key: "dst_storage_policy", value: task.dstStoragePolicy?.rawValue ?? ""),
            Row(key: "consistency_check", value: task.consistencyCheck?.rawValue ?? ""),
            Row(key: "enable_kms", value: flag(task.enableKMS)),
            Row(key: "enable_metadata_migration", value: flag(task.enableMetadataMigration)),
            Row(key: "enable_restore", value: flag(task.enableRestore)),
        ]
        if let cdn = task.sourceCDN {
            rows.append(Row(key: "source_cdn", value: "\(cdn.protocol ?? "")://\(cdn.domain ?? "") (\(cdn.authenticationType?.rawValue ?? ""))"))
        }
        if let monthly = task.monthly {
            rows += [
                Row(key: "monthly_acceptance_request", value: count(monthly.requested)),
                Row(key: "monthly_success_object", value: count(monthly.succeeded)),
                Row(key: "monthly_failure_object", value: count(monthly.failed)),
                Row(key: "monthly_skip_object", value: count(monthly.skipped)),
                Row(key: "monthly_size", value: monthly.bytes.map { rawValues ? String($0) : HumanUnits.bytes($0) } ?? ""),
            ]
            if !rawValues, let rate = monthly.successRate {
                rows.append(Row(key: "success_rate", value: HumanUnits.percent(rate)))
            }
        }
        return rows
    }
}
