import OMSCore

/// The columns the task table can be sorted by; `o` cycles through them in this order.
public enum SortColumn: Int, Sendable, CaseIterable {
    case status, lastStart, source, destination, description, requested, failed, size, successRate, id

    public var label: String {
        switch self {
        case .status: "status"
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

    public var next: SortColumn { SortColumn(rawValue: (rawValue + 1) % Self.allCases.count)! }
}
