/// The few most overdue tasks among many, kept while they are offered one by one: the schedule
/// needs a handful per tick, and sorting every task each tick would cost more than the requests.
struct OverdueSelection {
    private let capacity: Int
    private var picked: [(key: TaskKey, sentAt: Int64)] = []
    /// When the first task offered but not yet due falls due (`Int64.max` when none).
    private(set) var nextDue = Int64.max

    init(capacity: Int) { self.capacity = max(0, capacity) }

    /// Keeps `key` if it is due (never sent, or sent `period` or more before `now`) and among the
    /// `capacity` least recently sent so far (ties by id).
    mutating func offer(_ key: TaskKey, lastSent: Int64?, now: Int64, period: Int64) {
        guard capacity > 0 else { return }
        let sentAt = lastSent ?? .min
        guard sentAt == .min || now - sentAt >= period else {
            nextDue = min(nextDue, sentAt > Int64.max - period ? Int64.max : sentAt + period)
            return
        }
        let precedes = { (a: (key: TaskKey, sentAt: Int64), b: (key: TaskKey, sentAt: Int64)) in
            (a.sentAt, a.key.id) < (b.sentAt, b.key.id)
        }
        let candidate = (key: key, sentAt: sentAt)
        if picked.count == capacity {
            guard precedes(candidate, picked[picked.count - 1]) else { return }
            picked.removeLast()
        }
        let index = picked.firstIndex { precedes(candidate, $0) } ?? picked.count
        picked.insert(candidate, at: index)
    }

    /// The kept tasks, most overdue first.
    var keys: [TaskKey] { picked.map(\.key) }
}
