import MonitorCore
import OMSCore
import Testing

@testable import ExporterCore

@Suite("Exporter: the metrics page from the monitor's answers")
struct MetricsPageTests {
    static let now: Int64 = 1_795_000_000_000

    /// A monitor that has listed `tasks` and shown the first with `monthly`.
    func monitor(_ tasks: [SyncTask], monthly: MonthlyCounters) -> Monitor {
        var monitor = Monitor(profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p")], settings: MonitorSettings())
        guard case .listPage(_, _, let sweep) = monitor.due(now: Self.now, interest: Interest()).first else {
            Issue.record("page 1 is due first")
            return monitor
        }
        _ = monitor.receive(.page(profile: "bj", offset: 0, sweep: sweep, .success(SyncTaskPage(tasks: tasks, count: Int64(tasks.count)))), now: Self.now)
        var shown = tasks[0]
        shown.monthly = monthly
        _ = monitor.receive(.shown(TaskKey(profile: "bj", id: tasks[0].id), .success(shown)), now: Self.now + 1_000)
        return monitor
    }

    func task(_ id: String, bucket: String, status: SyncTaskStatus) -> SyncTask {
        var task = SyncTask(id: id)
        task.srcCloudType = .aws
        task.srcRegion = "us-east-1"
        task.srcBucket = bucket
        task.dstRegion = "cn-north-4"
        task.dstBucket = "dst"
        task.status = status
        return task
    }

    @Test("the request tally forgets the profiles no longer watched, and keeps the others' counts")
    func tallyForgetsDeparted() {
        var requests = RequestTally()
        for profile in ["corp/a/cn-north-4", "corp/b/cn-north-4", "corp/b/cn-north-4"] {
            requests.count(.page(profile: profile, offset: 0, sweep: 1, .success(SyncTaskPage(tasks: [], count: 0))))
        }
        requests.keep(profiles: ["corp/b/cn-north-4", "mgmt"])
        #expect(requests.counts == [RequestTally.Key(profile: "corp/b/cn-north-4", operation: "list", code: "200"): 2])
    }

    @Test("counters are exact int64s; labels are escaped as the format requires and keep the rest exact; every family is typed once")
    func page() {
        let tricky = #"logs "prod" \ back"# + "\nslash\u{1B}[2J\u{9B}\u{202E}"
        let monitor = monitor(
            [task("t1", bucket: tricky, status: .synchronizing), task("t2", bucket: "b", status: .stopped)],
            monthly: MonthlyCounters(requested: 9_223_372_036_854_775_807, succeeded: 12, failed: 3, skipped: 0, bytes: 9_223_372_036_854_775_806))
        var requests = RequestTally()
        requests.count(.page(profile: "bj", offset: 0, sweep: 1, .success(SyncTaskPage(tasks: [], count: 0))))
        requests.count(.shown(TaskKey(profile: "bj", id: "t1"), .failure(ErrorReport(message: "x", httpStatus: 404))))
        var page = MetricsPage()
        let text = String(decoding: page.render(monitor, requests: requests), as: UTF8.self)
        #expect(text.contains(#"oms_sync_task_requests_total{profile="bj",task_id="t1"} 9223372036854775807"#))
        #expect(text.contains(#"oms_sync_task_success_bytes_total{profile="bj",task_id="t1"} 9223372036854775806"#))
        #expect(text.contains(#"src_bucket="logs \"prod\" \\ back\nslash"# + "\u{1B}[2J\u{9B}\u{202E}\""))
        #expect(text.contains(#"oms_sync_task_synchronizing{profile="bj",task_id="t1"} 1"#))
        #expect(text.contains(#"oms_sync_task_synchronizing{profile="bj",task_id="t2"} 0"#))
        #expect(!text.contains(#"oms_sync_task_requests_total{profile="bj",task_id="t2"}"#), "no counter before a show answered")
        #expect(text.contains(#"oms_exporter_up{profile="bj"} 1"#))
        #expect(text.contains(#"oms_exporter_api_requests_total{profile="bj",operation="show",code="404"} 1"#))
        #expect(text.contains(#"oms_exporter_last_list_timestamp_seconds{profile="bj"} 1795000000"#))
        #expect(text.contains(#"oms_sync_task_last_update_timestamp_seconds{profile="bj",task_id="t1"} 1795000001"#))
        let types = text.split(separator: "\n").filter { $0.hasPrefix("# TYPE") }
        #expect(types.count == Set(types).count)
        #expect(types.contains("# TYPE oms_sync_task_requests_total counter"))
    }

    @Test("a refused credential: up 0, and api_unhealthy as an alert sample")
    func refused() {
        var monitor = Monitor(profiles: [.init(name: "bj", region: "cn-north-4", projectID: "p")], settings: MonitorSettings())
        _ = monitor.due(now: Self.now, interest: Interest())
        let refused = ErrorReport(code: "APIGW.0301", message: "refused", isAuthenticationFailure: true, httpStatus: 401)
        _ = monitor.receive(.page(profile: "bj", offset: 0, sweep: 1, .failure(refused)), now: Self.now)
        var page = MetricsPage()
        let text = String(decoding: page.render(monitor, requests: RequestTally()), as: UTF8.self)
        #expect(text.contains(#"oms_exporter_up{profile="bj"} 0"#))
        #expect(text.contains(#"oms_sync_task_alert{profile="bj",task_id="",rule="api_unhealthy",severity="critical"} 1"#))
    }

    @Test("labels kept between scrapes follow the tasks: a changed route is written anew, a task gone leaves the page")
    func labelsFollowTasks() {
        let tasks = [task("t1", bucket: "old", status: .synchronizing), task("t2", bucket: "b", status: .stopped)]
        var monitor = monitor(tasks, monthly: MonthlyCounters(requested: 1, succeeded: 1, failed: 0, skipped: 0, bytes: 1))
        var page = MetricsPage()
        let before = String(decoding: page.render(monitor, requests: RequestTally()), as: UTF8.self)
        #expect(before.contains(#"src_bucket="old""#))
        var moved = tasks[0]
        moved.srcBucket = "new"
        guard case .listPage(_, _, let sweep) = monitor.due(now: Self.now + 10_000, interest: Interest()).first else {
            Issue.record("page 1 is due again after the refresh")
            return
        }
        _ = monitor.receive(.page(profile: "bj", offset: 0, sweep: sweep, .success(SyncTaskPage(tasks: [moved], count: 1))), now: Self.now + 10_000)
        let after = String(decoding: page.render(monitor, requests: RequestTally()), as: UTF8.self)
        #expect(after.contains(#"oms_sync_task_info{profile="bj",task_id="t1",region="cn-north-4",src_cloud="AWS",src_region="us-east-1",src_bucket="new",dst_region="cn-north-4",dst_bucket="dst"} 1"#))
        #expect(!after.contains(#"src_bucket="old""#))
        #expect(!after.contains(#"task_id="t2""#), "t2 left the list")
        #expect(String(decoding: page.render(monitor, requests: RequestTally()), as: UTF8.self) == after, "the same page from kept labels")
    }
}

@Suite("Exporter: what the page says of the exporter itself")
struct ExporterSelfMetricsTests {
    @Test("its shard, the number of shards, and whether it is ready")
    func shardAndReadiness() throws {
        let monitor = Monitor(profiles: [], settings: MonitorSettings())
        var page = MetricsPage()
        let shard = try Shard("2", of: 3, hostname: "x")
        let text = String(decoding: page.render(monitor, requests: RequestTally(), shard: shard, ready: false), as: UTF8.self)
        #expect(text.contains("oms_exporter_ready 0\n"))
        #expect(text.contains(#"oms_exporter_shard_info{shard="2",total_shards="3"} 1"# + "\n"))
        #expect(text.contains("oms_exporter_total_shards 3\n"))
        let whole = String(decoding: page.render(monitor, requests: RequestTally()), as: UTF8.self)
        #expect(whole.contains("oms_exporter_ready 1\n"))
        #expect(whole.contains(#"oms_exporter_shard_info{shard="0",total_shards="1"} 1"#))
    }
}
