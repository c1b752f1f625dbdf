@testable import MonitorCore
import Testing

@Suite("RequestPlanner: the fleet's ceiling over one pass, tier by tier")
struct RequestPlannerTests {
    /// One pass's situation and what the planner must make of it.
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        var ceiling = 600
        var counted = 0
        var othersWaiting = false
        var allAtOnce = false
        /// Page 1s already in the last minute when the page-one tier asks for one more.
        var pageOnes = 0
        /// Page 1s and selected requests a minute the profiles need, and those the minute has seen.
        var needed = 0
        var sent = 0
        let expected: Expected
        var testDescription: String { name }
    }

    struct Expected: Equatable, Sendable {
        let pageOne: Bool
        let reserve: Int
        let allowance: Int
        let roomAfterPageOne: Int
        let hasRoomAfterPageOne: Bool
    }

    static let rows: [Row] = [
        Row(name: "an idle fleet: page 1s may use the whole ceiling; a thirtieth a pass after them",
            expected: Expected(pageOne: true, reserve: 0, allowance: 20, roomAfterPageOne: 20, hasRoomAfterPageOne: true)),
        Row(name: "counters waiting: page 1s stop at two thirds of the ceiling",
            othersWaiting: true, pageOnes: 400,
            expected: Expected(pageOne: false, reserve: 0, allowance: 20, roomAfterPageOne: 20, hasRoomAfterPageOne: true)),
        Row(name: "nothing else waiting: page 1s go on past two thirds",
            pageOnes: 400,
            expected: Expected(pageOne: true, reserve: 0, allowance: 20, roomAfterPageOne: 20, hasRoomAfterPageOne: true)),
        Row(name: "a full minute: no page 1 and nothing after it",
            counted: 600,
            expected: Expected(pageOne: false, reserve: 0, allowance: 20, roomAfterPageOne: 0, hasRoomAfterPageOne: false)),
        Row(name: "page 1s yet to come are kept back from the requests after them",
            counted: 500, needed: 120, sent: 40,
            expected: Expected(pageOne: true, reserve: 80, allowance: 20, roomAfterPageOne: 100, hasRoomAfterPageOne: true)),
        Row(name: "the reserve leaves nothing: what is left of the minute is the page 1s'",
            counted: 520, needed: 120, sent: 40,
            expected: Expected(pageOne: true, reserve: 80, allowance: 20, roomAfterPageOne: 80, hasRoomAfterPageOne: false)),
        Row(name: "the reserve is at most half of the ceiling",
            needed: 2_000,
            expected: Expected(pageOne: true, reserve: 300, allowance: 20, roomAfterPageOne: 320, hasRoomAfterPageOne: true)),
        Row(name: "the reserve counts page 1s only up to their share while others wait",
            othersWaiting: true, needed: 450, sent: 100,
            expected: Expected(pageOne: true, reserve: 300, allowance: 20, roomAfterPageOne: 320, hasRoomAfterPageOne: true)),
        Row(name: "more sent than needed keeps nothing back",
            needed: 30, sent: 90,
            expected: Expected(pageOne: true, reserve: 0, allowance: 20, roomAfterPageOne: 20, hasRoomAfterPageOne: true)),
        Row(name: "a small ceiling still allows one request a pass",
            ceiling: 20,
            expected: Expected(pageOne: true, reserve: 0, allowance: 1, roomAfterPageOne: 1, hasRoomAfterPageOne: true)),
        Row(name: "watch --once: the whole ceiling at once, even with the minute full",
            counted: 600, allAtOnce: true,
            expected: Expected(pageOne: false, reserve: 0, allowance: 600, roomAfterPageOne: 0, hasRoomAfterPageOne: true)),
    ]

    @Test("each pass's tiers", arguments: rows)
    func tiers(_ row: Row) {
        var planner = RequestPlanner(
            ceiling: row.ceiling, counted: row.counted, othersWaiting: row.othersWaiting, allAtOnce: row.allAtOnce)
        let pageOne = planner.hasRoomForPageOne(pageOnes: row.pageOnes)
        planner.beginAfterPageOne(needed: row.needed, sent: row.sent)
        let planned = Expected(
            pageOne: pageOne, reserve: planner.reserve, allowance: planner.allowance,
            roomAfterPageOne: planner.roomAfterPageOne, hasRoomAfterPageOne: planner.hasRoomAfterPageOne)
        #expect(planned == row.expected)
    }

    @Test("what is spent comes off the room, and after page 1 off the pass's allowance too")
    func spending() {
        var planner = RequestPlanner(ceiling: 300, counted: 250, othersWaiting: false, allAtOnce: false)
        planner.spentOnPageOne(30)
        #expect(planner.room == 20)
        planner.beginAfterPageOne(needed: 15, sent: 10)
        #expect((planner.reserve, planner.allowance, planner.roomAfterPageOne) == (5, 10, 15))
        planner.spentAfterPageOne(10)
        #expect((planner.room, planner.allowance, planner.hasRoomAfterPageOne) == (10, 0, false))
        #expect(!planner.hasRoomForPageOne(pageOnes: 300))
        #expect(planner.hasRoomForPageOne(pageOnes: 0))
    }
}
