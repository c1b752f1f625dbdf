import MonitorCore
import OMSCore
import Testing

@testable import DashboardCore

@Suite("The table's order as answers come: each task placed where a full sort puts it")
struct TableOrderTests {
    /// A little linear congruential generator, so that every run sees the same answers.
    struct Dice {
        var state: UInt64
        mutating func roll(_ sides: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(sides))
        }
    }

    static func tasks(of profile: Int, dice: inout Dice) -> [SyncTask] {
        (0..<(1 + dice.roll(5))).map { index in
            var task = Fixtures.task(
                "\(profile + 10_000)\(index + 1_000)-0000-0000-0000-000000000000",
                status: dice.roll(3) == 0 ? .stopped : .synchronizing, description: ["a", "b", "c"][dice.roll(3)],
                requested: Int64(dice.roll(4) * 1_000 + 1_000), failed: Int64(dice.roll(4)))
            task.lastStartTime = Fixtures.now - Int64(dice.roll(4)) * 3_600_000
            return task
        }
    }

    /// The rows and the header's counts after re-sorting every task (the reverse key twice).
    static func fullySorted(_ state: AppState) -> [TaskKey] {
        var copy = state
        _ = Dashboard.reduce(&copy, [.key(.character("O")), .key(.character("O"))])
        #expect(copy.table.statusCounts == state.table.statusCounts, "the header counts each task once")
        return copy.table.rows
    }

    @Test("100 profiles answering one by one, again with other statuses and fewer tasks, in every sort and under a filter: the rows are a full sort's", arguments: [0, 1, 2, 3])
    func placedAsSorted(sorts: Int) {
        let profiles = (0..<100).map { Monitor.Profile(name: "acct-\($0)", region: "cn-north-4", projectID: "p\($0)") }
        var state = AppState(profiles: profiles, now: Fixtures.now, width: 140, height: 40)
        for _ in 0..<sorts { _ = Dashboard.reduce(&state, .key(.character("o"))) }
        var dice = Dice(state: UInt64(sorts + 1))
        for round in 0..<3 {
            if round == 2 {
                _ = Dashboard.reduce(&state, .key(.character("/")))
                for character in "status:stopped" { _ = Dashboard.reduce(&state, .key(.character(character))) }
                _ = Dashboard.reduce(&state, .key(.enter))
            }
            for index in profiles.indices.shuffled(using: &dice) {
                _ = Dashboard.reduce(&state, Fixtures.listed(Self.tasks(of: index, dice: &dice), profile: profiles[index].name, sweep: round + 1))
                if index % 37 == 0 { #expect(state.table.rows == Self.fullySorted(state), "round \(round), after \(profiles[index].name)") }
            }
            #expect(state.table.rows == Self.fullySorted(state), "round \(round)")
            #expect(!state.table.rows.isEmpty)
        }
    }
}

extension TableOrderTests.Dice: RandomNumberGenerator {
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
