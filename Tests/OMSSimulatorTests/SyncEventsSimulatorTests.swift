import Foundation
import OMSCore
import Synchronization
import Testing

@testable import OMSSimulator

@Suite("CreateSyncEvents in the simulator and through the client: checks, counters, exactly one POST")
struct SyncEventsSimulatorTests {
    @Test("announced objects are requested at once and succeed or fail as the task's others do")
    func announcedObjectsCount() throws {
        let clock = Mutex(WorldTests.now)
        let world = World(seed: 3, taskCount: 5, clock: { clock.withLock { $0 } })
        let id = try #require(world.taskIDs.first { (try? world.show(id: $0, queryTime: WorldTests.now).status) == .synchronizing })
        clock.withLock { $0 += 1 }
        let before = try world.show(id: id, queryTime: WorldTests.now + 1).monthly!
        let bucket = WorldTests.now / 300_000 * 300_000
        let seriesBefore = try world.statistics(id: id, types: [.request], start: bucket, end: bucket + 300_000)[.request]?.total
        try world.announce(id: id, count: 7)
        let after = try world.show(id: id, queryTime: WorldTests.now + 1).monthly!
        #expect(after.requested! - before.requested! == 7, "this month's requested counter")
        #expect((after.succeeded! - before.succeeded!) + (after.failed! - before.failed!) == 7, "each succeeds or fails")
        let seriesAfter = try world.statistics(id: id, types: [.request], start: bucket, end: bucket + 300_000)[.request]?.total
        #expect(seriesAfter! - seriesBefore! == 7, "and the REQUEST series of the bucket")
    }

    @Test("the checks: 1 to 10 names, non-empty, decodable; a stopped task is refused; an unknown one is 404")
    func checks() throws {
        #expect(throws: Never.self) { try SyncEventsRules.names(Array(#"{"object_keys":["a%2Fb","c+d"]}"#.utf8)) }
        #expect(try SyncEventsRules.names(Array(#"{"object_keys":["a%2Fb","c+d"]}"#.utf8)) == ["a/b", "c d"])
        for body in [
            #"{"object_keys":[]}"#, #"{"object_keys":["1","2","3","4","5","6","7","8","9","10","11"]}"#,
            #"{"object_keys":[""]}"#, #"{"object_keys":["bad%zz"]}"#, #"{"object_keys":["half%E7%85"]}"#, #"{}"#, "[",
        ] {
            #expect(throws: SimulatorError.self, "\(body)") { try SyncEventsRules.names(Array(body.utf8)) }
        }
        let long = String(repeating: "a", count: CreateSyncEventsRequest.maxEncodedNameLength + 1)
        #expect(throws: SimulatorError.self) { try SyncEventsRules.names(Array(#"{"object_keys":["\#(long)"]}"#.utf8)) }
    }

    @Test("the client sends one POST a call, signed; a stopped task is a 400 and an unknown one a 404, never retried")
    func throughTheClient() async throws {
        try await SimulatorHarness.with { h in
            let tasks = try await h.client.listAllTasks()
            let running = try #require(tasks.first { $0.status == .synchronizing })
            let stopped = try #require(tasks.first { $0.status == .stopped })
            let sent = h.client.requestCount
            try await h.client.createSyncEvents(taskID: running.id, CreateSyncEventsRequest(names: ["logs/2026/12/01.gz", "a b"]))
            #expect(h.client.requestCount == sent + 1)
            await #expect {
                try await h.client.createSyncEvents(taskID: stopped.id, CreateSyncEventsRequest(names: ["x"]))
            } throws: { error in
                (error as? OMSError)?.httpStatus == 400 && (error as? OMSError)?.errorCode == "OMS.0071"
            }
            await #expect {
                try await h.client.createSyncEvents(taskID: "no-such-task", CreateSyncEventsRequest(names: ["x"]))
            } throws: { error in
                (error as? OMSError)?.httpStatus == 404
            }
            #expect(h.client.requestCount == sent + 3, "one request each, none retried")
            #expect(h.client.syncEventsURL(taskID: running.id) == "\(h.server.endpoint)/v2/\(SimulatorIdentity.demo.projectID)/sync-tasks/\(running.id)/events")
        }
    }

    @Test("a 502 answer to a POST is not retried")
    func notRetried() async throws {
        var faults = FaultPlan()
        faults.badGatewayRate = 1
        try await SimulatorHarness.with(faults: faults) { h in
            let sent = h.client.requestCount
            await #expect(throws: OMSError.self) {
                try await h.client.createSyncEvents(taskID: "any", CreateSyncEventsRequest(names: ["x"]))
            }
            #expect(h.client.requestCount == sent + 1)
        }
    }
}
