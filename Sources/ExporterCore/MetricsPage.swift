import MonitorCore
import OMSCore

/// The exporter's `/metrics`: every task's info, status, this month's counters and firing alerts,
/// and each profile's health, from the monitor's latest answers. Never calls the API.
///
/// The page is written as bytes. Each task's labels (`profile`, `task_id`, and the route of
/// `oms_sync_task_info`) are escaped once and kept between scrapes until the task's route changes
/// or it leaves, so a scrape of 10,000 tasks copies them rather than building them again.
public struct MetricsPage: Sendable {
    /// One task's labels, written and escaped, with what they were written from. A class, so that
    /// the page's rows share it rather than copy it.
    private final class LabelSet: Sendable {
        let route: SyncTaskRoute
        let labels: [UInt8]
        /// The route labels of `oms_sync_task_info`, after `labels`.
        let routeLabels: [UInt8]

        init(route: SyncTaskRoute, labels: [UInt8], routeLabels: [UInt8]) {
            self.route = route
            self.labels = labels
            self.routeLabels = routeLabels
        }
    }

    /// What a task's route labels say: when one of these changes, they are written again.
    private struct SyncTaskRoute: Equatable, Sendable {
        var region: String
        var srcCloud: String?
        var srcRegion, srcBucket, dstRegion, dstBucket: String?

        init(region: String, _ task: SyncTask) {
            self.region = region
            srcCloud = task.srcCloudType?.rawValue
            srcRegion = task.srcRegion
            srcBucket = task.srcBucket
            dstRegion = task.dstRegion
            dstBucket = task.dstBucket
        }
    }

    /// One task as a scrape needs it.
    private struct Row {
        var labels: LabelSet
        var synchronizing: Bool
        var monthly: MonthlyCounters?
        var updated: Int64
    }

    /// A task's label set and when the task was confirmed when it was last checked.
    private struct Kept: Sendable {
        let set: LabelSet
        var confirmedAt: Int64
    }

    private var labelSets: [TaskKey: Kept] = [:]
    /// The last page's bytes, whose room the next page reuses.
    private var buffer: [UInt8] = []

    public init() {}

    /// The page; `credentials` holds each profile's credential, by profile name, in the config's
    /// order; `shard` is which profiles this exporter watches, and `ready` what `/-/ready` says.
    /// Keeps the label sets of the tasks it wrote for the next scrape.
    public mutating func render(
        _ monitor: Monitor, requests: RequestTally, credentials: [(profile: String, status: CredentialStatus)] = [],
        shard: Shard = .whole, ready: Bool = true
    ) -> [UInt8] {
        let rows = self.rows(monitor)
        var earlier: [UInt8] = []
        swap(&earlier, &buffer)
        var out = PrometheusText(reusing: earlier, capacity: 480 * rows.count + 64 * 1024)
        out.family("oms_sync_task_info", .gauge, help: "A sync task, with its route as labels (always 1).")
        let info = Array("oms_sync_task_info".utf8)
        for row in rows {
            out.sample(info, labels: row.labels.labels, more: row.labels.routeLabels, 1)
        }
        out.family("oms_sync_task_synchronizing", .gauge, help: "1 while the task is SYNCHRONIZING, else 0.")
        let synchronizing = Array("oms_sync_task_synchronizing".utf8)
        for row in rows {
            out.sample(synchronizing, labels: row.labels.labels, row.synchronizing ? 1 : 0)
        }
        let counters: [(String, String, KeyPath<MonthlyCounters, Int64?>)] = [
            ("oms_sync_task_requests_total", "Objects requested this month (monthly_acceptance_request; resets each month).", \.requested),
            ("oms_sync_task_success_objects_total", "Objects synchronized this month (monthly_success_object).", \.succeeded),
            ("oms_sync_task_failure_objects_total", "Objects that failed this month (monthly_failure_object).", \.failed),
            ("oms_sync_task_skip_objects_total", "Objects skipped this month (monthly_skip_object).", \.skipped),
            ("oms_sync_task_success_bytes_total", "Bytes synchronized this month (monthly_size).", \.bytes),
        ]
        for (name, help, path) in counters {
            out.family(name, .counter, help: help)
            let bytes = Array(name.utf8)
            for row in rows {
                guard let value = row.monthly?[keyPath: path] else { continue }
                out.sample(bytes, labels: row.labels.labels, value)
            }
        }
        out.family(
            "oms_sync_task_last_update_timestamp_seconds", .gauge,
            help: "When the exporter last had an answer about the task, in seconds since 1970.")
        let updated = Array("oms_sync_task_last_update_timestamp_seconds".utf8)
        for row in rows {
            out.sample(updated, labels: row.labels.labels, row.updated / 1000)
        }
        out.family("oms_sync_task_alert", .gauge, help: "1 per firing alert of omsdash's rules; task_id is empty for a profile's alert.")
        for alert in monitor.alerts.firing(atLeast: .info) {
            out.sample("oms_sync_task_alert", [
                "profile": alert.key.profile, "task_id": alert.key.taskID ?? "", "rule": alert.key.rule.rawValue,
                "severity": alert.severity.rawValue,
            ], 1)
        }
        Self.renderProfiles(monitor, requests: requests, into: &out)
        Self.renderCredentials(credentials, into: &out)
        Self.renderSelf(shard: shard, ready: ready, into: &out)
        buffer = out.bytes
        return out.bytes
    }

    /// Every task, by profile in the config's order, then by id, each with its label set, kept from
    /// the last scrape while the task was not confirmed again or its route is the same; the label
    /// sets of tasks gone are dropped. Tasks are read where they are, not copied.
    private mutating func rows(_ monitor: Monitor) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(monitor.taskCount)
        var kept: [TaskKey: Kept] = [:]
        kept.reserveCapacity(monitor.taskCount)
        for profile in monitor.profiles {
            guard let tasks = monitor.watches[profile.name]?.tasks else { continue }
            for index in tasks.indices.sorted(by: { tasks.keys[$0] < tasks.keys[$1] }) {
                let id = tasks.keys[index]
                let key = TaskKey(profile: profile.name, id: id)
                let confirmedAt = tasks.values[index].confirmedAt
                var labels = labelSets[key]
                if labels?.confirmedAt != confirmedAt {
                    let route = SyncTaskRoute(region: profile.region, tasks.values[index].task)
                    let set = labels.flatMap { $0.set.route == route ? $0.set : nil } ?? Self.labelSet(profile.name, id, route)
                    labels = Kept(set: set, confirmedAt: confirmedAt)
                }
                kept[key] = labels
                let detail = monitor.details[key]
                rows.append(Row(
                    labels: labels!.set, synchronizing: tasks.values[index].task.status == .synchronizing,
                    monthly: detail?.shown?.monthly, updated: max(confirmedAt, detail?.shownAt ?? 0)))
            }
        }
        labelSets = kept
        return rows
    }

    /// A task's labels written and escaped: `profile="…",task_id="…"` and its route's.
    private static func labelSet(_ profile: String, _ id: String, _ route: SyncTaskRoute) -> LabelSet {
        var labels = Array(#"profile=""#.utf8)
        PrometheusText.appendEscapedLabel(profile, to: &labels)
        labels += #"",task_id=""#.utf8
        PrometheusText.appendEscapedLabel(id, to: &labels)
        labels.append(UInt8(ascii: "\""))
        return LabelSet(route: route, labels: labels, routeLabels: routeLabels(route))
    }

    /// `,region="…",src_cloud="…",src_region="…",src_bucket="…",dst_region="…",dst_bucket="…"`.
    private static func routeLabels(_ route: SyncTaskRoute) -> [UInt8] {
        var bytes: [UInt8] = []
        for (name, value) in [
            ("region", route.region), ("src_cloud", route.srcCloud), ("src_region", route.srcRegion), ("src_bucket", route.srcBucket),
            ("dst_region", route.dstRegion), ("dst_bucket", route.dstBucket),
        ] {
            bytes += ",\(name)=\"".utf8
            PrometheusText.appendEscapedLabel(value ?? "", to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        return bytes
    }

    private static func renderProfiles(_ monitor: Monitor, requests: RequestTally, into out: inout PrometheusText) {
        out.family("oms_exporter_up", .gauge, help: "1 when the profile's latest list refresh succeeded, 0 when it failed or was refused.")
        for profile in monitor.profiles {
            let health = monitor.watches[profile.name]?.health
            let up = health.map { $0.authFailure == nil && $0.failures == 0 && $0.lastSuccess != nil } ?? false
            out.sample("oms_exporter_up", ["profile": profile.name], up ? 1 : 0)
        }
        out.family("oms_exporter_api_requests_total", .counter, help: "API requests sent, by operation and HTTP status (network: no answer).")
        for (key, count) in requests.counts.sorted(by: { $0.key < $1.key }) {
            out.sample("oms_exporter_api_requests_total", ["profile": key.profile, "operation": key.operation, "code": key.code], count)
        }
        out.family("oms_exporter_last_list_timestamp_seconds", .gauge, help: "When the task list last answered well, in seconds since 1970.")
        for profile in monitor.profiles {
            guard let last = monitor.watches[profile.name]?.health.lastSuccess else { continue }
            out.sample("oms_exporter_last_list_timestamp_seconds", ["profile": profile.name], last / 1000)
        }
    }

    private static func renderCredentials(_ credentials: [(profile: String, status: CredentialStatus)], into out: inout PrometheusText) {
        out.family("oms_exporter_credential_info", .gauge, help: "A profile's credential: its source and whether its key is temporary (always 1).")
        for (profile, status) in credentials {
            out.sample("oms_exporter_credential_info", [
                "profile": profile, "source": status.source, "temporary": status.isTemporary ? "true" : "false",
            ], 1)
        }
        out.family(
            "oms_exporter_credential_expiry_timestamp_seconds", .gauge,
            help: "When the profile's temporary key expires, in seconds since 1970; omsdash renews it well before.")
        for (profile, status) in credentials {
            guard let expires = status.expiresAt else { continue }
            out.sample("oms_exporter_credential_expiry_timestamp_seconds", ["profile": profile], expires / 1000)
        }
        out.family("oms_exporter_credential_renewals_total", .counter, help: "Temporary keys had for the profile, the first included.")
        for (profile, status) in credentials where status.isTemporary {
            out.sample("oms_exporter_credential_renewals_total", ["profile": profile], Int64(status.renewals))
        }
        out.family("oms_exporter_credential_renewal_failures_total", .counter, help: "Renewals of the profile's temporary key that failed.")
        for (profile, status) in credentials where status.isTemporary {
            out.sample("oms_exporter_credential_renewal_failures_total", ["profile": profile], Int64(status.renewalFailures))
        }
        out.family("oms_exporter_credential_renewal_failing", .gauge, help: "1 while the latest renewal of the profile's key failed, else 0.")
        for (profile, status) in credentials where status.isTemporary {
            out.sample("oms_exporter_credential_renewal_failing", ["profile": profile], status.failing == nil ? 0 : 1)
        }
    }

    private static func renderSelf(shard: Shard, ready: Bool, into out: inout PrometheusText) {
        out.family(
            "oms_exporter_ready", .gauge,
            help: "1 once every profile that can load has listed its tasks, or --ready-timeout has passed (as /-/ready says), else 0.")
        out.sample("oms_exporter_ready", [:], ready ? 1 : 0)
        out.family(
            "oms_exporter_shard_info", .gauge,
            help: "Which shard of the profiles this exporter watches, by the stable hash of their names (always 1).")
        out.sample("oms_exporter_shard_info", ["shard": String(shard.index), "total_shards": String(shard.total)], 1)
        out.family("oms_exporter_total_shards", .gauge, help: "How many exporters share the profiles (--total-shards).")
        out.sample("oms_exporter_total_shards", [:], Int64(shard.total))
    }
}
