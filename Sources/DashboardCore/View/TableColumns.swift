import MonitorCore
import OMSCore

/// The task table's columns, and how they are fitted to the terminal's width: columns of low
/// priority are dropped first; the rest of the width goes to source, destination and description.
struct TableColumn {
    enum Kind: CaseIterable {
        case status, profile, id, source, destination, description, lastStart, requested, succeeded, failed, skipped,
            size, rate, sparkline
    }

    let kind: Kind
    var width: Int

    /// Fixed width, or the minimum of a flexible column.
    static func baseWidth(_ kind: Kind) -> Int {
        switch kind {
        case .status: 2
        case .profile: 10
        case .id: 9
        case .source: 18
        case .destination: 14
        case .description: 10
        case .lastStart: 11
        case .requested, .succeeded: 7
        case .failed, .skipped: 6
        case .size: 9
        case .rate: 6
        case .sparkline: 12
        }
    }

    /// Higher stays longer when the terminal is narrow.
    static func priority(_ kind: Kind) -> Int {
        switch kind {
        case .status: 100
        case .source: 95
        case .id: 90
        case .destination: 85
        case .requested: 80
        case .failed: 75
        case .size: 70
        case .rate: 65
        case .sparkline: 60
        case .description: 50
        case .succeeded: 45
        case .profile: 40
        case .skipped: 35
        case .lastStart: 30
        }
    }

    /// Columns at or below this priority are dropped before the text columns get cramped.
    static let optionalPriority = 45
    /// The width beyond their minimums the text columns should have before optional columns show.
    static let comfortExtra = 24

    static let flexible: [Kind: (share: Double, max: Int)] = [
        .source: (0.4, 40), .destination: (0.3, 32), .description: (0.3, 60),
    ]

    func title(window: StatsWindow) -> String {
        switch kind {
        case .status: "ST"
        case .profile: "PROFILE"
        case .id: "TASK"
        case .source: "SOURCE"
        case .destination: "DESTINATION"
        case .description: "DESCRIPTION"
        case .lastStart: "LAST START"
        case .requested: "REQ/MO"
        case .succeeded: "OK/MO"
        case .failed: "FAIL"
        case .skipped: "SKIP"
        case .size: "SIZE/MO"
        case .rate: "OK%"
        case .sparkline: "SUCCESS \(window.label)"
        }
    }

    var alignRight: Bool {
        [.requested, .succeeded, .failed, .skipped, .size, .rate].contains(kind)
    }

    /// The columns for a width, each with its final width; one space between columns.
    static func fit(width: Int, multiProfile: Bool) -> [TableColumn] {
        var kinds = Kind.allCases.filter { $0 != .profile || multiProfile }
        func needed(_ kinds: [Kind]) -> Int { kinds.map(baseWidth).reduce(0, +) + kinds.count + 1 }
        while needed(kinds) > width, let drop = kinds.min(by: { priority($0) < priority($1) }) {
            kinds.removeAll { $0 == drop }
        }
        // Optional columns give way until source, destination and description are comfortable.
        while width - needed(kinds) < comfortExtra,
            let drop = kinds.filter({ priority($0) <= optionalPriority }).min(by: { priority($0) < priority($1) })
        {
            kinds.removeAll { $0 == drop }
        }
        var columns = kinds.map { TableColumn(kind: $0, width: baseWidth($0)) }
        var spare = width - needed(kinds)
        let flexIndexes = columns.indices.filter { flexible[columns[$0].kind] != nil }
        let total = spare
        for index in flexIndexes where spare > 0 {
            let rule = flexible[columns[index].kind]!
            let grant = min(spare, Int(Double(total) * rule.share), rule.max - columns[index].width)
            columns[index].width += max(0, grant)
            spare -= max(0, grant)
        }
        if spare > 0, let last = flexIndexes.last { columns[last].width += spare }
        return columns
    }
}
