import DashboardCore
import DashboardRuntime
import FoundationEssentials
import OMSCore

/// Resident memory of the poller and reducer after start, and after thousands of refresh cycles
/// run back to back against `omsdash simulator` in its own process: growth between the readings
/// would be a leak.
enum MemoryBenchmark {
    static func run(cycles: Int) async throws {
        Report.title("Memory: \(cycles) refresh cycles without pause (simulator in its own process)")
        let simulator = try SimulatorProcess.start()
        let client = BenchWorld.makeClient(simulator.endpoint)
        let dashboard = RefreshCycleBenchmark.makeDashboard(client, width: 140, height: 40, requestsPerMinute: 1 << 30)
        let now: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
        _ = await dashboard.settle(timeout: 30, now: now) { $0.hasLoadedVisibleRows }
        let start = residentMiB()
        Report.figure("RSS after start", fixed(start, 1) + " MiB", aim: "< 30 MiB")
        Report.figure("  of which private / shared library pages",
                      fixed(residentMiB("RssAnon:"), 1) + " / " + fixed(residentMiB("RssFile:"), 1) + " MiB")
        var readings: [Double] = []
        let elapsed = await Timing.seconds {
            for cycle in 1...cycles {
                dashboard.send([.key(.character("r"))])
                _ = await dashboard.settle(timeout: 10, now: now) { state in
                    let key = state.table.selection!
                    return state.polls.values.allSatisfy { !$0.inFlight } && state.details[key]?.showInFlight == false
                        && state.details[key]?.statisticsInFlight == false
                }
                if cycle % (cycles / 4) == 0 { readings.append(residentMiB()) }
            }
        }
        Report.figure("RSS after \(cycles) cycles", fixed(readings.last ?? 0, 1) + " MiB", aim: "no growth beyond noise")
        Report.figure("  of which private / shared library pages",
                      fixed(residentMiB("RssAnon:"), 1) + " / " + fixed(residentMiB("RssFile:"), 1) + " MiB")
        Report.figure("  readings at 25/50/75/100%", readings.map { fixed($0, 1) }.joined(separator: " / "))
        Report.figure("  requests, time", "\(dashboard.runner.requestCount), " + fixed(elapsed, 1) + " s")
        await dashboard.runner.shutdown()
        simulator.stop()
    }

    /// A memory line of /proc/self/status (VmRSS, RssAnon, RssFile), in MiB.
    static func residentMiB(_ field: String = "VmRSS:") -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
            let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kib / 1024
    }
}
