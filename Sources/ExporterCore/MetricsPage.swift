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
    /// keeping it from one scrape to the next is one reference, not its arrays and strings.
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

    /// One task as a scrape needs it: where its labels are in the scrape's `arena`, and its values.
    /// Plain values only, so that the page's eight passes over the rows copy nothing counted.
    private struct Row {
        var labels: Range<Int>
        var routeLabels: Range<Int>
        var synchronizing: Bool
        var monthly: MonthlyCounters?
        var updated: Int64
    }

    /// A task's label set and when the task was confirmed when it was last checked.
    private struct Kept: Sendable {
        let set: LabelSet
        var confirmedAt: Int64
    }

    /// The label sets of each profile's tasks, by profile and then by task id.
    private var labelSets: [String: [String: Kept]] = [:]
    /// This scrape's label sets, one after another, where the rows point.
    private var arena: [UInt8] = []
    /// The last page's bytes, whose room the next page reuses.
    private var buffer: [UInt8] = []

    public init() {}

    /// The page; `credentials` holds each profile's credential, by profile name, in the config's
    /// order; `shard` is which profiles this exporter watches, `ready` what `/-/ready` says, and
    /// `reloads` how the config's reloads went.
    /// Keeps the label sets of the tasks it wrote for the next scrape.
    public mutating func render(
        _ monitor: Monitor, requests: RequestTally, credentials: [(profile: String, status: CredentialStatus)] = [],
        shard: Shard = .whole, ready: Bool = true, reloads: ReloadHistory = ReloadHistory(startedAt: 0)
    ) -> [UInt8] {
        let rows = self.rows(monitor)
        var earlier: [UInt8] = []
        swap(&earlier, &buffer)
        var out = PrometheusText(reusing: consume earlier, capacity: 960 * rows.count + 64 * 1024)
        arena.withUnsafeBufferPointer { arena in
            rows.withUnsafeBufferPointer { rows in Self.renderTasks(rows, arena: arena, into: &out) }
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
        reloads.render(into: &out)
        let page = out.finish()
        buffer = page
        return page
    }

    /// Every task's families, a pass over the rows for each.
    private static func renderTasks(_ rows: UnsafeBufferPointer<Row>, arena: UnsafeBufferPointer<UInt8>, into out: inout PrometheusText) {
        /// A family with a sample for each row that has a value, labelled with its task (and route).
        func family(_ name: String, _ kind: PrometheusText.Kind, help: String, withRoute: Bool = false, _ value: (Row) -> Int64?) {
            out.family(name, kind, help: help)
            Array(name.utf8).withUnsafeBufferPointer { name in
                for row in rows {
                    guard let value = value(row) else { continue }
                    let route = withRoute ? UnsafeBufferPointer(rebasing: arena[row.routeLabels]) : UnsafeBufferPointer(start: nil, count: 0)
                    out.sample(name, labels: UnsafeBufferPointer(rebasing: arena[row.labels]), more: route, value)
                }
            }
        }
        family("oms_sync_task_info", .gauge, help: "A sync task, with its route as labels (always 1).", withRoute: true) { _ in 1 }
        family("oms_sync_task_synchronizing", .gauge, help: "1 while the task is SYNCHRONIZING, else 0.") { $0.synchronizing ? 1 : 0 }
        family(
            "oms_sync_task_requests_total", .counter,
            help: "Objects requested this month (monthly_acceptance_request; resets each month).") { $0.monthly?.requested }
        family("oms_sync_task_success_objects_total", .counter, help: "Objects synchronized this month (monthly_success_object).") {
            $0.monthly?.succeeded
        }
        family("oms_sync_task_failure_objects_total", .counter, help: "Objects that failed this month (monthly_failure_object).") {
            $0.monthly?.failed
        }
        family("oms_sync_task_skip_objects_total", .counter, help: "Objects skipped this month (monthly_skip_object).") {
            $0.monthly?.skipped
        }
        family("oms_sync_task_success_bytes_total", .counter, help: "Bytes synchronized this month (monthly_size).") { $0.monthly?.bytes }
        family(
            "oms_sync_task_last_update_timestamp_seconds", .gauge,
            help: "When the exporter last had an answer about the task, in seconds since 1970.") { $0.updated / 1000 }
    }

    /// Every task, by profile in the config's order (within a profile in no set order), its labels
    /// copied into `arena`: the label set kept from the last scrape while the task was not
    /// confirmed again or its route is the same. The label sets of tasks gone are dropped. Tasks
    /// are read where they are, not copied.
    private mutating func rows(_ monitor: Monitor) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(monitor.taskCount)
        arena.removeAll(keepingCapacity: true)
        var kept: [String: [String: Kept]] = [:]
        kept.reserveCapacity(monitor.profiles.count)
        for profile in monitor.profiles {
            guard let tasks = monitor.watches[profile.name]?.tasks else { continue }
            var sets = labelSets.removeValue(forKey: profile.name) ?? [:]
            // By index, so that each task's fields are read in place: `for (id, watched) in tasks`
            // copies every WatchedTask, retaining each of its strings (a fifth of a scrape).
            for index in tasks.indices {
                let id = tasks.keys[index]
                let confirmedAt = tasks.values[index].confirmedAt
                let set: LabelSet
                if let earlier = sets[id], earlier.confirmedAt == confirmedAt {
                    set = earlier.set
                } else {
                    let route = SyncTaskRoute(region: profile.region, tasks.values[index].task)
                    set = sets[id].flatMap { $0.set.route == route ? $0.set : nil } ?? Self.labelSet(profile.name, id, route)
                    sets[id] = Kept(set: set, confirmedAt: confirmedAt)
                }
                let start = arena.count
                arena += set.labels
                let middle = arena.count
                arena += set.routeLabels
                // The detail read in place too, for the same reason.
                let detail = monitor.details.index(forKey: TaskKey(profile: profile.name, id: id))
                let monthly = detail.flatMap { monitor.details.values[$0].shown?.monthly }
                let shownAt = detail.flatMap { monitor.details.values[$0].shownAt } ?? 0
                rows.append(Row(
                    labels: start..<middle, routeLabels: middle..<arena.count, synchronizing: tasks.values[index].task.status == .synchronizing,
                    monthly: monthly, updated: max(confirmedAt, shownAt)))
            }
            if sets.count > tasks.count { sets = sets.filter { tasks[$0.key] != nil } }
            kept[profile.name] = sets
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
