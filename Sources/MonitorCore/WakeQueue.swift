import HeapModule

/// Profiles by when the schedule next needs to look at them: the earliest first and, among equal
/// times, the one queued first. The schedule takes from the front only the profiles it can serve,
/// so its work per pass follows what is due, not the size of the fleet, and under the fleet's
/// ceiling the profile that has waited longest is served first.
///
/// A profile is queued at most once: queuing it again replaces its time (the old entry stays in
/// the heap and is skipped when it comes up, until a rebuild drops it).
struct WakeQueue: Sendable {
    /// The time of the profiles no request was sent for yet: their first load goes before
    /// anything else, whatever the ceiling.
    static let firstLoad = Int64.min

    private struct Entry: Comparable, Sendable {
        let time: Int64
        let order: UInt64
        let profile: String

        static func < (a: Entry, b: Entry) -> Bool { (a.time, a.order) < (b.time, b.order) }
        static func == (a: Entry, b: Entry) -> Bool { (a.time, a.order) == (b.time, b.order) }
    }

    private var heap = Heap<Entry>()
    /// Each queued profile's current entry.
    private var current: [String: Entry] = [:]
    private var nextOrder: UInt64 = 0

    /// Queues `profile` at `time`, replacing its earlier time; nil takes it off the queue (nothing
    /// about it can fall due until something changes).
    mutating func schedule(_ profile: String, at time: Int64?) {
        guard let time else {
            current[profile] = nil
            return
        }
        if current[profile]?.time == time { return }
        let entry = Entry(time: time, order: nextOrder, profile: profile)
        nextOrder += 1
        current[profile] = entry
        heap.insert(entry)
        if heap.count > 2 * current.count + 64 { heap = Heap(current.values) }
    }

    /// Queues `profile` at `time` unless it is queued earlier already: something changed, so it
    /// is looked at again by then.
    mutating func wake(_ profile: String, at time: Int64) {
        if let queued = current[profile], queued.time <= time { return }
        schedule(profile, at: time)
    }

    /// The time of the front profile, if any (entries replaced since are dropped on the way).
    mutating func frontTime() -> Int64? {
        dropReplaced()
        return heap.min?.time
    }

    /// Takes the front profile off the queue when it is due by `now`, with the time it was queued at.
    mutating func popDue(by now: Int64) -> (profile: String, time: Int64)? {
        dropReplaced()
        guard let front = heap.min, front.time <= now else { return nil }
        heap.removeMin()
        current[front.profile] = nil
        return (front.profile, front.time)
    }

    private mutating func dropReplaced() {
        while let front = heap.min, current[front.profile]?.order != front.order {
            heap.removeMin()
        }
    }
}
