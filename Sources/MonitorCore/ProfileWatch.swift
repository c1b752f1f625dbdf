import OMSCore

/// What the monitor knows and plans for one profile: its tasks, its list sweep, its health and the
/// requests it spent.
public struct ProfileWatch: Sendable, Equatable {
    public let name: String
    /// The profile's tasks by id.
    public var tasks: [String: WatchedTask] = [:]
    /// The task count the list last reported.
    public var count: Int64?
    /// How page 1 polling is going: successes, failures, back-off, a refused credential.
    public var health = PollState()
    /// The current pass over the list; nil until page 1 first answers.
    public var sweep: ListSweep?
    /// How long the last completed pass took, in ms.
    public var lastSweepDuration: Int64?
    /// Whether a pass has completed since start: until then the list loads at full speed.
    public var hasLoaded = false
    /// Whether the rows on screen had their first counters and sparklines, sent with the first load.
    public var firstScreenSent = false
    /// List offsets with a request under way.
    public var pagesInFlight: Set<Int> = []
    public var ledger = RequestLedger()
    /// Alert checks under way.
    public var checksInFlight = 0
    /// Before this time no alert check of the profile falls due unless something about it changes
    /// (an answer, a start, stop, create or delete, `r`), so the schedule need not look at its tasks.
    var alertChecksQuietUntil: Int64 = 0
    /// The same for the counters of every task (the exporter's shows).
    var showsQuietUntil: Int64 = 0
    /// The exporter's shows under way, as the schedule last counted them.
    var showsInFlight = 0

    public init(name: String) { self.name = name }

    /// The confirmation time of the least recently confirmed task.
    public var oldestConfirmation: Int64? { tasks.values.lazy.map(\.confirmedAt).min() }

    /// Something about the profile changed: its alert checks and counters are looked at again.
    mutating func wake() {
        alertChecksQuietUntil = 0
        showsQuietUntil = 0
    }

    /// Whether the list spans more than one page (and so is swept, not refreshed whole).
    public var isPaged: Bool { (count ?? 0) > Int64(ListSweep.pageSize) }
}
