import OMSCore

/// The columns the task table can be sorted by; `sort_next` cycles through them in this order
/// (the profile only when there are several).
public enum SortColumn: Int, Sendable, CaseIterable {
    case status, profile, lastStart, source, destination, description, requested, failed, size, successRate, id

    /// How the status bar names the column ("sorted by last start").
    public var label: Message {
        switch self {
        case .status: .sortStatus
        case .profile: .sortProfile
        case .lastStart: .sortLastStart
        case .source: .sortSource
        case .destination: .sortDestination
        case .description: .sortDescription
        case .requested: .sortRequested
        case .failed: .sortFailed
        case .size: .sortSize
        case .successRate: .sortSuccessRate
        case .id: .sortID
        }
    }

    /// The column after this one; the profile is skipped when there is one profile.
    public func next(multiProfile: Bool) -> SortColumn {
        let next = SortColumn(rawValue: (rawValue + 1) % Self.allCases.count)!
        return next == .profile && !multiProfile ? next.next(multiProfile: false) : next
    }
}
