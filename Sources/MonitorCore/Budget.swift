/// One profile's request budget while a schedule is drawn up: the hard limit over any 60 s, room
/// kept for page 1 and the selected task, and, while a pass over the list is under way, two thirds
/// of what is left kept for it: the pass is what notices a task stopping off screen, so the rows on
/// screen (a quarter of the rest) and the alert checks (a twelfth, always on a paged list, whose
/// checks could fill the gap between two passes) must not starve it. Above it, the fleet's room:
/// what the ceiling over every profile still allows, of which the requests after page 1 leave
/// `fleetReserve` for the page 1s to come.
struct Budget {
    let settings: MonitorSettings
    private(set) var ledger: RequestLedger
    var fleetRoom: Int
    var fleetReserve = 0
    /// The requests spent against the fleet's ceiling, for its ledger.
    var spent: [RequestLedger.Purpose] = []
    private var counted: Int
    private let reserve: Int
    private let visibleLimit: Int
    private let alertLimit: Int

    init(settings: MonitorSettings, ledger: RequestLedger, fleetRoom: Int, hasSelection: Bool, sweepPending: Bool, paged: Bool) {
        self.settings = settings
        self.ledger = ledger
        self.fleetRoom = fleetRoom
        counted = ledger.counted
        let limit = settings.requestsPerMinute
        let steady = settings.steadyRequestsPerMinute(withSelection: hasSelection)
        let firstTier = ledger.count(.selected) + ledger.count(.head)
        reserve = min(max(0, steady - firstTier), limit / 2)
        let leftover = limit - min(steady, limit / 2)
        visibleLimit = sweepPending ? max(1, leftover / 4) : limit
        alertLimit = sweepPending || paged ? max(1, leftover / 12) : limit
    }

    /// Whether a request for `purpose` would fit now.
    func canSpend(_ purpose: RequestLedger.Purpose) -> Bool {
        let limit = settings.requestsPerMinute
        return switch purpose {
        case .firstLoad: true
        case .selected, .head: counted < limit && fleetRoom > 0
        case .sweep: counted + reserve < limit && fleetRoom > fleetReserve
        case .visible: counted + reserve < limit && fleetRoom > fleetReserve && ledger.count(.visible) < visibleLimit
        case .alerts: counted + reserve < limit && fleetRoom > fleetReserve && ledger.count(.alerts) < alertLimit
        }
    }

    /// Whether a request for `purpose` fits now; if so it is recorded as sent.
    mutating func spend(_ purpose: RequestLedger.Purpose, at now: Int64) -> Bool {
        guard canSpend(purpose) else { return false }
        ledger.record(purpose, at: now)
        if purpose != .firstLoad {
            counted += 1
            fleetRoom -= 1
            spent.append(purpose)
        }
        return true
    }
}
