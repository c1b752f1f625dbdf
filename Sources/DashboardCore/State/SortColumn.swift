import OMSCore

/// The columns the task table can be sorted by; `sort_next` cycles through them in this order
/// (the profile only when there are several).
public enum SortColumn: Int, Sendable, CaseIterable {
    case status, profile, lastStart, source, destination, description, requested, failed, size, successRate, id

    public var label: String {
        switch self {
        case .status: "status"
        case .profile: "profile"
        case .lastStart: "last start"
        case .source: "source"
        case .destination: "destination"
        case .description: "description"
        case .requested: "requested"
        case .failed: "failed"
        case .size: "size"
        case .successRate: "success rate"
        case .id: "task id"
        }
    }

    /// The column after this one; the profile is skipped when there is one profile.
    public func next(multiProfile: Bool) -> SortColumn {
        let next = SortColumn(rawValue: (rawValue + 1) % Self.allCases.count)!
        return next == .profile && !multiProfile ? next.next(multiProfile: false) : next
    }
}
