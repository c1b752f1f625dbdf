/// One pass over every page of a profile's task list.
///
/// Page 1 is fetched every refresh; the pages after it a few at a time, as the request budget
/// allows. A pass in which the task count never changed proves that a task it did not see is gone.
/// When the count changes, tasks may have moved between pages, so the pass proves nothing and a
/// new one starts at once.
public struct ListSweep: Sendable, Equatable {
    /// Numbers passes, so that a late answer from an abandoned pass is not taken for this one's.
    public var number: Int
    public var startedAt: Int64
    /// How many pages this pass covers (from the task count, at most 101: offsets stop at 10,000).
    public var pageCount: Int
    /// The task count the pass is based on.
    public var count: Int64
    /// The page indexes answered during this pass (0 is page 1).
    public var answered: Set<Int> = []
    /// When the pass was completed, if it was.
    public var completedAt: Int64?

    public init(number: Int, startedAt: Int64, count: Int64) {
        self.number = number
        self.startedAt = startedAt
        self.count = count
        pageCount = Self.pages(for: count)
    }

    /// The pages a list of `count` tasks spans, as far as offsets reach.
    public static func pages(for count: Int64) -> Int {
        let pages = (max(count, 1) + Int64(Self.pageSize) - 1) / Int64(Self.pageSize)
        return Int(min(pages, Int64(Self.maxOffset / Self.pageSize + 1)))
    }

    /// Tasks per page, and the last offset the list accepts.
    public static let pageSize = 100
    public static let maxOffset = 10_000

    public var isComplete: Bool { completedAt != nil }

    /// The page indexes after the first that this pass still needs.
    public var missingPages: [Int] { (1..<max(1, pageCount)).filter { !answered.contains($0) } }
}
