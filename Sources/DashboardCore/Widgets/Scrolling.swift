/// How the moving keys scroll a list that does not fit: the help, the timeline.
enum Scrolling {
    /// The first line in view after a moving action, from `scroll`, kept within 0…`last`; nil
    /// for an action that does not move.
    static func scrolled(_ scroll: Int, by action: KeyAction?, page: Int, last: Int) -> Int? {
        let next: Int
        switch action {
        case .moveUp?: next = scroll - 1
        case .moveDown?: next = scroll + 1
        case .pageUp?: next = scroll - page
        case .pageDown?: next = scroll + page
        case .first?: next = 0
        case .last?: next = last
        default: return nil
        }
        return max(0, min(next, last))
    }
}
