import MonitorCore
import OMSCore

/// The exporter's `/metrics`: every task's info, status, this month's counters and firing alerts,
/// and each profile's health, from the monitor's latest answers. Never calls the API.
///
/// Each task is looked up once and its `profile`/`task_id` labels escaped once, then reused by
/// every family: with 10,000 tasks the page is rebuilt at every scrape.
public enum MetricsPage {
    /// One task as the page needs it.
    private struct Row {
        var labels: String
        /// The route labels of `oms_sync_task_info`, after `labels`.
        var route: String
        var synchronizing: Bool
        var monthly: MonthlyCounters?
        var updated: Int64
    }

    /// The page; `credentials` holds each profile's credential, by profile name, in the config's order.
    public static func render(
        _ monitor: Monitor, requests: RequestTally, credentials: [(profile: String, status: CredentialStatus)] = []
    ) -> String {
        let rows = self.rows(monitor)
        var out = PrometheusText(capacity: 480 * rows.count)
        out.family("oms_sync_task_info", .gauge, help: "A sync task, with its route as labels (always 1).")
        for row in rows {
            out.sample("oms_sync_task_info", labels: row.labels + row.route, 1)
        }
        out.family("oms_sync_task_synchronizing", .gauge, help: "1 while the task is SYNCHRONIZING, else 0.")
        for row in rows {
            out.sample("oms_sync_task_synchronizing", labels: row.labels, row.synchronizing ? 1 : 0)
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
            for row in rows {
                guard let value = row.monthly?[keyPath: path] else { continue }
                out.sample(name, labels: row.labels, value)
            }
        }
        out.family(
            "oms_sync_task_last_update_timestamp_seconds", .gauge,
            help: "When the exporter last had an answer about the task, in seconds since 1970.")
        for row in rows {
            out.sample("oms_sync_task_last_update_timestamp_seconds", labels: row.labels, row.updated / 1000)
        }
        out.family("oms_sync_task_alert", .gauge, help: "1 per firing alert of omsdash's rules; task_id is empty for a profile's alert.")
        for alert in monitor.alerts.firing(atLeast: .info) {
            out.sample("oms_sync_task_alert", [
                "profile": alert.key.profile, "task_id": alert.key.taskID ?? "", "rule": alert.key.rule.rawValue,
                "severity": alert.severity.rawValue,
            ], 1)
        }
        renderProfiles(monitor, requests: requests, into: &out)
        renderCredentials(credentials, into: &out)
        return out.text
    }

    /// Every task, by profile in the config's order, then by id.
    private static func rows(_ monitor: Monitor) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(monitor.taskCount)
        for profile in monitor.profiles {
            guard let watch = monitor.watches[profile.name] else { continue }
            let prefix = "profile=\"" + PrometheusText.escapedLabel(profile.name) + "\",task_id=\""
            let region = ",region=\"" + PrometheusText.escapedLabel(profile.region) + "\""
            for id in watch.tasks.keys.sorted() {
                guard let watched = watch.tasks[id] else { continue }
                let detail = monitor.details[TaskKey(profile: profile.name, id: id)]
                rows.append(Row(
                    labels: prefix + PrometheusText.escapedLabel(id) + "\"", route: region + route(watched.task),
                    synchronizing: watched.task.status == .synchronizing, monthly: detail?.shown?.monthly,
                    updated: max(watched.confirmedAt, detail?.shownAt ?? 0)))
            }
        }
        return rows
    }

    /// `,src_cloud="…",src_region="…",src_bucket="…",dst_region="…",dst_bucket="…"`.
    private static func route(_ task: SyncTask) -> String {
        var text = ",src_cloud=\"" + PrometheusText.escapedLabel(task.srcCloudType?.rawValue ?? "")
        text += "\",src_region=\"" + PrometheusText.escapedLabel(task.srcRegion ?? "")
        text += "\",src_bucket=\"" + PrometheusText.escapedLabel(task.srcBucket ?? "")
        text += "\",dst_region=\"" + PrometheusText.escapedLabel(task.dstRegion ?? "")
        text += "\",dst_bucket=\"" + PrometheusText.escapedLabel(task.dstBucket ?? "") + "\""
        return text
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
}
