import FoundationEssentials
import OMSCore
import OMSSimulator

/// Lists 10,100 tasks (101 pages) with 20 ms added to every request: omsdash's client against the
/// official Python SDK paging the same simulator, in the same run.
enum ListAllBenchmark {
    static func run(sdkPython: String?) async throws {
        Report.title("List all tasks: 10,100 tasks, 20 ms latency per request")
        let floor = try await BenchWorld.start(tasks: 10_100, latencyMilliseconds: 0)
        _ = try await floor.client.listAllTasks()
        var transfers: [Double] = []
        for _ in 0..<5 { transfers.append(try await Timing.seconds { _ = try await floor.client.listAllTasks() }) }
        let transfer = Timing.median(transfers)
        await floor.stop()
        let bench = try await BenchWorld.start(tasks: 10_100, latencyMilliseconds: 20)
        var roundTrips: [Double] = []
        for _ in 0..<5 {
            roundTrips.append(try await Timing.seconds { _ = try await bench.client.listTasks(limit: 1) })
        }
        let roundTrip = Timing.median(roundTrips)
        let all = try await bench.client.listAllTasks()
        reportDecoding(all)
        let before = bench.client.requestCount
        var runs: [Double] = []
        var count = 0
        for _ in 0..<5 {
            runs.append(try await Timing.seconds { count = try await bench.client.listAllTasks().count })
        }
        let ours = Timing.median(runs)
        Report.figure("one round trip (limit 1)", Report.ms(roundTrip))
        Report.figure("omsdash listAllTasks, median of 5", Report.ms(ours), aim: "≤ 3 round trips + transfer")
        Report.figure("  tasks, requests per listing", "\(count), \((bench.client.requestCount - before) / 5)")
        Report.figure("  the same with no latency (transfer time)", Report.ms(transfer))
        Report.figure("  beyond transfer, in round trips", fixed((ours - transfer) / roundTrip, 1), aim: "≤ 3")
        if let python = sdkPython {
            let sdk = try runSDK(python: python, endpoint: bench.server.endpoint)
            Report.figure("official Python SDK paging, median of 3", Report.ms(sdk.seconds))
            Report.figure("  tasks", "\(sdk.tasks)")
            Report.figure("omsdash speed-up over the SDK", fixed(sdk.seconds / ours, 1) + "x", aim: "≥ 5x")
        } else {
            Report.figure("official Python SDK", "skipped (pass --sdk-python=PATH)")
        }
        await bench.stop()
    }

    /// What decoding the list costs per MB of JSON: the 101 pages encoded as the API sends them,
    /// then decoded as the client decodes an answer.
    static func reportDecoding(_ tasks: [SyncTask]) {
        let pages = stride(from: 0, to: tasks.count, by: 100).map { offset in
            try! JSONEncoder().encode(SyncTaskPage(tasks: Array(tasks[offset..<min(tasks.count, offset + 100)]), count: Int64(tasks.count)))
        }
        let bytes = pages.reduce(0) { $0 + $1.count }
        let seconds = Timing.median((0..<5).map { _ in
            Timing.seconds { for page in pages { _ = try! JSONDecoder().decode(SyncTaskPage.self, from: page) } }
        })
        let megabytes = Double(bytes) / 1_048_576
        Report.figure("decoding the 101 pages (\(fixed(megabytes, 1)) MiB of JSON)", Report.ms(seconds))
        Report.figure("  per MiB", Report.ms(seconds / megabytes))
    }

    /// Runs scripts/sdk_list_all.py with the SDK's Python; returns its median time and task count.
    static func runSDK(python: String, endpoint: String) throws -> (seconds: Double, tasks: Int) {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/sdk_list_all.py").path
        let identity = SimulatorIdentity.demo
        let output = ChildProcess.start(
            [python, script, endpoint, identity.accessKey, identity.secretKey.reveal(), identity.projectID, "3"]
        ).wait()
        struct Answer: Decodable {
            var median_seconds: Double
            var tasks: Int
        }
        let answer = try JSONDecoder().decode(Answer.self, from: Data(output.utf8))
        return (answer.median_seconds, answer.tasks)
    }
}
