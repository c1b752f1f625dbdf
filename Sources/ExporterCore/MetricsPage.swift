import MonitorCore
import OMSCore

/// The exporter's `/metrics`: every task's info, status, this month's counters and firing alerts,
/// and each profile's health, from the monitor's latest answers. Never calls the API.
public enum MetricsPage {
    public static func render(_ monitor: Monitor, requests: RequestTally) -> String {
        var out = PrometheusText()
        let tasks = monitor.profiles.flatMap { profile in
            (monitor.watches[profile.name]?.tasks.keys.sorted() ?? []).map { (profile, TaskKey(profile: profile.name, id: $0)) }
        }
        out.family("oms_sync_task_info", .gauge, help: "A sync task, with its route as labels (always 1).")
        for (profile, key) in tasks {
            guard let task = monitor.task(key) else { continue }
            out.sample("oms_sync_task_info", [
                "profile": key.profile, "task_id": key.id, "region": profile.region,
                "src_cloud": task.srcCloudType?.rawValue ?? "", "src_region": task.srcRegion ?? "",
                "src_bucket": task.srcBucket ?? "", "dst_region": task.dstRegion ?? "", "dst_bucket": task.dstBucket ?? "",
            ], 1)
        }
        out.family("oms_sync_task_synchronizing", .gauge, help: "1 while the task is SYNCHRONIZING, else 0.")
        for (_, key) in tasks {
            guard let task = monitor.task(key) else { continue }
            out.sample("oms_sync_task_synchronizing", ["profile": key.profile, "task_id": key.id], task.status == .synchronizing ? 1 : 0)
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
            for (_, key) in tasks {
                guard let value = monitor.details[key]?.shown?.monthly?[keyPath: path] else { continue }
                out.sample(name, ["profile": key.profile, "task_id": key.id], value)
            }
        }
        out.family(
            "oms_sync_task_last_update_timestamp_seconds", .gauge,
            help: "When the exporter last had an answer about the task, in seconds since 1970.")
        for (_, key) in tasks {
            let listed = monitor.watches[key.profile]?.tasks[key.id]?.confirmedAt ?? 0
            let shown = monitor.details[key]?.shownAt ?? 0
            out.sample("oms_sync_task_last_update_timestamp_seconds", ["profile": key.profile, "task_id": key.id], max(listed, shown) / 1000)
        }
        out.family("oms_sync_task_alert", .gauge, help: "1 per firing alert of omsdash's rules; task_id is empty for a profile's alert.")
        for alert in monitor.alerts.firing(atLeast: .info) {
            out.sample("oms_sync_task_alert", [
                "profile": alert.key.profile, "task_id": alert.key.taskID ?? "", "rule": alert.key.rule.rawValue,
                "severity": alert.severity.rawValue,
            ], 1)
        }
        renderProfiles(monitor, requests: requests, into: &out)
        return out.text
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
}
