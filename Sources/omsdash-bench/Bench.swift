import DashboardCore
import DashboardRuntime
import Dispatch
import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif
import OMSCore
import OMSSimulator

/// `swift run -c release omsdash-bench`: the figures a user feels, printed, never judged here.
@main
enum Bench {
    /// `omsdash-bench list|refresh|render|scrape|memory [--sdk-python=PATH] [--cycles=N]`: one benchmark a
    /// process, so that one's memory and threads do not colour the next.
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        let sdkPython = arguments.first { $0.hasPrefix("--sdk-python=") }.map { String($0.dropFirst(13)) }
        let cycles = arguments.first { $0.hasPrefix("--cycles=") }.flatMap { Int($0.dropFirst(9)) } ?? 10_000
        switch arguments.first {
        case "list": try await ListAllBenchmark.run(sdkPython: sdkPython)
        case "refresh": try await RefreshCycleBenchmark.run()
        case "render": RenderBenchmark.run()
        case "scrape": ScrapeBenchmark.run()
        case "memory": try await MemoryBenchmark.run(cycles: cycles)
        default:
            print("usage: omsdash-bench list|refresh|render|scrape|memory [--sdk-python=PATH] [--cycles=N]")
            exit(2)
        }
    }
}

/// Prints figures as aligned lines.
enum Report {
    static func title(_ text: String) { print("\n== \(text)") }

    static func figure(_ label: String, _ value: String, aim: String? = nil) {
        let padded = label + String(repeating: " ", count: max(0, 46 - label.count))
        print("  \(padded) \(value)" + (aim.map { "   (aim: \($0))" } ?? ""))
    }

    static func ms(_ seconds: Double) -> String { fixed(seconds * 1000, 2) + " ms" }
}

/// Wall-clock timing helpers.
enum Timing {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func seconds(_ body: () async throws -> Void) async rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}

/// A simulator on loopback and a client for it.
struct BenchWorld {
    let server: SimulatorServer
    let client: OMSClient

    static func start(tasks: Int, latencyMilliseconds: Int) async throws -> BenchWorld {
        let world = World(seed: 5, taskCount: tasks)
        let service = SimulatorService(world: world, identity: .demo)
        var faults = FaultPlan()
        faults.latencyMilliseconds = latencyMilliseconds
        let server = try await SimulatorServer.start(service: service, faults: faults)
        return BenchWorld(server: server, client: makeClient(server.endpoint))
    }

    static func makeClient(_ endpoint: String) -> OMSClient {
        OMSClient(configuration: OMSClientConfiguration(
            endpoint: try! Endpoint(parsing: endpoint), region: "cn-north-4", projectID: SimulatorIdentity.demo.projectID,
            credentials: .accessKey(id: SimulatorIdentity.demo.accessKey, secret: SimulatorIdentity.demo.secretKey)))
    }

    func stop() async {
        await client.shutdown()
        await server.stop()
    }
}
