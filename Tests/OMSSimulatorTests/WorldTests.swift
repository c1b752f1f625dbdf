import Foundation
import Synchronization
import OMSCore
import Testing

@testable import OMSSimulator

@Suite("The simulated world: deterministic, consistent, alive")
struct WorldTests {
    static let now: Int64 = 1_795_000_000_000

    static func world(seed: UInt64 = 3, speed: Double = 1, clock: @escaping @Sendable () -> Int64 = { now }) -> World {
        World(seed: seed, taskCount: 5, speed: speed, clock: clock)
    }

    @Test("the same seed gives the same world; another seed another")
    func determinism() throws {
        let a = Self.world(), b = Self.world(), c = Self.world(seed: 4)
        #expect(a.taskIDs == b.taskIDs)
        #expect(a.taskIDs != c.taskIDs)
        let id = a.taskIDs[0]
        let window = (Self.now - 86_400_000, Self.now)
        #expect(try a.statistics(id: id, types: [.request, .size], start: window.0, end: window.1)
            == b.statistics(id: id, types: [.request, .size], start: window.0, end: window.1))
    }

    @Test("monthly counters agree with the sum of the series over the month")
    func monthlyAgreesWithSeries() throws {
        let world = Self.world()
        for id in world.taskIDs {
            let shown = try world.show(id: id, queryTime: Self.now)
            let monthStart = World.monthStart(of: Self.now)
            let stats = try world.statistics(id: id, types: StatisticDataType.documented, start: monthStart, end: Self.now)
            #expect(stats.timeType == .oneHour)
            #expect(stats[.request]?.total == shown.monthly?.requested)
            #expect(stats[.success]?.total == shown.monthly?.succeeded)
            #expect(stats[.failure]?.total == shown.monthly?.failed)
            #expect(stats[.size]?.total == shown.monthly?.bytes)
        }
    }

    @Test("hourly buckets are the sums of their five-minute buckets")
    func hourlyMatchesFine() throws {
        let world = Self.world()
        let id = world.taskIDs[0]
        let end = Self.now / 3_600_000 * 3_600_000
        let fine = try world.statistics(id: id, types: [.success], start: end - 3_600_000, end: end)
        let coarse = try world.statistics(id: id, types: [.success], start: end - 4 * 86_400_000, end: end)
        #expect(fine.timeType == .fiveMinutes && coarse.timeType == .oneHour)
        #expect(coarse[.success]?.points.last?.timestamp == end - 3_600_000)
        #expect(coarse[.success]?.points.last?.value == fine[.success]?.total)
    }

    @Test("time moves the world: a synchronizing task's counters grow, a stopped one's do not")
    func liveness() throws {
        let clock = ManualClock(start: Self.now)
        let world = Self.world(clock: { clock.read() })
        let running = try #require(world.list(limit: 10, offset: 0, status: .synchronizing).tasks.first)
        let stopped = try #require(world.list(limit: 10, offset: 0, status: .stopped).tasks.first)
        let before = try world.show(id: running.id, queryTime: clock.read()).monthly?.requested ?? 0
        let stoppedBefore = try world.show(id: stopped.id, queryTime: clock.read()).monthly?.requested
        clock.advance(by: 600_000)
        #expect((try world.show(id: running.id, queryTime: clock.read()).monthly?.requested ?? 0) > before)
        #expect(try world.show(id: stopped.id, queryTime: clock.read()).monthly?.requested == stoppedBefore)
    }

    @Test("speed multiplies the activity")
    func speed() throws {
        let slow = Self.world(), fast = Self.world(speed: 10)
        let id = slow.taskIDs[0]
        let window = (Self.now - 3_600_000, Self.now)
        let a = try slow.statistics(id: id, types: [.request], start: window.0, end: window.1)[.request]?.total ?? 0
        let b = try fast.statistics(id: id, types: [.request], start: window.0, end: window.1)[.request]?.total ?? 0
        #expect(a > 0 && b > 8 * a)
    }

    @Test("failure bursts happen: some buckets fail far more than the task's usual rate")
    func failureBursts() throws {
        let world = Self.world()
        var burstBuckets = 0
        for id in world.taskIDs {
            let stats = try world.statistics(id: id, types: [.request, .failure], start: Self.now - 3 * 86_400_000, end: Self.now)
            let requests = Dictionary(uniqueKeysWithValues: (stats[.request]?.points ?? []).map { ($0.timestamp, $0.value) })
            for point in stats[.failure]?.points ?? [] where Double(point.value) > 0.1 * Double(requests[point.timestamp] ?? .max) {
                burstBuckets += 1
            }
        }
        #expect(burstBuckets > 0)
    }

    @Test("at most 1000 points a series; empty buckets left out")
    func pointLimits() throws {
        let world = Self.world()
        let id = try #require(world.list(limit: 10, offset: 0, status: .stopped).tasks.first?.id)
        let stats = try world.statistics(id: id, types: [.request], start: 0, end: Self.now)
        #expect((stats[.request]?.points.count ?? 0) <= 1000)
        let recent = try world.statistics(id: id, types: [.request], start: Self.now - 3_600_000, end: Self.now)
        #expect(recent[.request]?.points.isEmpty == true)
    }
}

/// A clock tests move by hand.
final class ManualClock: Sendable {
    private let value: Mutex<Int64>
    init(start: Int64) { value = Mutex(start) }
    func read() -> Int64 { value.withLock { $0 } }
    func advance(by milliseconds: Int64) { value.withLock { $0 += milliseconds } }

}

extension WorldTests {
    @Test("scripted incidents: a failure burst, a silent source and a stop from outside, each on its task")
    func incidents() throws {
        let clock = Mutex(Self.now)
        let world = World(seed: 3, taskCount: 5, incidents: .all, clock: { clock.withLock { $0 } })
        let ids = world.taskIDs
        let bucket: Int64 = 300_000
        let lastComplete = Self.now / bucket * bucket - bucket
        let burst = try world.statistics(id: ids[4], types: [.request, .failure], start: lastComplete, end: lastComplete + bucket)
        let requested = try #require(burst[.request]?.total), failed = try #require(burst[.failure]?.total)
        #expect(requested > 20 && Double(failed) / Double(requested) > 0.2)
        let hour: Int64 = 3_600_000
        let silentRecent = try world.statistics(id: ids[1], types: [.request], start: Self.now - 3 * hour + bucket, end: Self.now)
        let silentBefore = try world.statistics(id: ids[1], types: [.request], start: Self.now - 26 * hour, end: Self.now - 4 * hour)
        #expect(silentRecent[.request]?.total ?? 0 == 0)
        #expect(silentBefore[.request]?.total ?? 0 > 0)
        #expect(try world.show(id: ids[2], queryTime: Self.now).status == .synchronizing)
        clock.withLock { $0 += 41_000 }
        #expect(try world.show(id: ids[2], queryTime: Self.now + 41_000).status == .stopped)
        #expect(world.list(limit: 10, offset: 0, status: .stopped).tasks.map(\.id).contains(ids[2]))
    }
}
