/// The fleet's request ceiling over one pass of `Monitor.due`, spent in two named tiers, in order:
///
/// - **page one**: every profile's page 1 and the selected task's requests. While counters or alert
///   checks wait, page 1s take at most two thirds of the ceiling (`pageOneShare`), so that a fleet
///   whose page 1s alone would fill it still has its counters and checks.
/// - **after page one**: the rows on screen (or every task's counters), the alert checks and the
///   list pages. They leave a `reserve` for the page 1s and selected requests the last minute has
///   yet to see (at most half of the ceiling), and take at most an `allowance` a pass: a thirtieth of
///   the ceiling, so that what fell due together (every task's counters after a first load) spreads
///   out instead of coming due together again. `watch --once` looks once and leaves, so nothing
///   comes due again: its allowance is the whole ceiling.
///
/// Each profile's own budget (`Budget`) holds within the room this plans.
struct RequestPlanner: Equatable {
    /// The requests any 60 s may hold over every profile.
    let ceiling: Int
    /// What the ceiling still allows in this pass.
    private(set) var room: Int
    /// Whether every request goes now (`watch --once`).
    let allAtOnce: Bool
    /// The most page 1s the last minute may hold in this pass.
    private(set) var pageOneShare: Int
    /// The room kept for the page 1s to come, which requests after page 1 leave alone.
    private(set) var reserve = 0
    /// What this pass may still send after page 1.
    private(set) var allowance = 0

    /// A pass with `counted` requests already in the last minute; `othersWaiting` when counters or
    /// alert checks are due.
    init(ceiling: Int, counted: Int, othersWaiting: Bool, allAtOnce: Bool) {
        self.ceiling = ceiling
        self.allAtOnce = allAtOnce
        room = ceiling - counted
        pageOneShare = othersWaiting ? ceiling * 2 / 3 : ceiling
    }

    /// Whether one more page 1 fits, with `pageOnes` in the last minute.
    func hasRoomForPageOne(pageOnes: Int) -> Bool { room > 0 && pageOnes < pageOneShare }

    /// Notes requests of the page-one tier sent.
    mutating func spentOnPageOne(_ count: Int) { room -= count }

    /// Closes the page-one tier: of the `needed` page 1s and selected requests a minute (within the
    /// page-one share), those the last minute has not seen (`sent` of them) are kept back.
    mutating func beginAfterPageOne(needed: Int, sent: Int) {
        reserve = min(ceiling / 2, max(0, min(pageOneShare, needed) - sent))
        allowance = allAtOnce ? ceiling : max(1, ceiling / 30)
    }

    /// The room a profile's requests after page 1 may use, the reserve included (its budget leaves
    /// the reserve to the page 1s).
    var roomAfterPageOne: Int { min(room, reserve + allowance) }

    /// Whether a request after page 1 fits.
    var hasRoomAfterPageOne: Bool { allAtOnce || min(room - reserve, allowance) > 0 }

    /// Notes requests after page 1 sent.
    mutating func spentAfterPageOne(_ count: Int) {
        room -= count
        allowance -= count
    }
}
