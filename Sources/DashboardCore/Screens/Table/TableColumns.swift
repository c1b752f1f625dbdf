import MonitorCore
import OMSCore

/// The task table's columns, and how they are fitted to the terminal's width.
///
/// Columns rank by priority: the lowest go first when the terminal is narrow. Optional columns
/// also give way while the bucket columns are narrower than the names on screen, so that what tells
/// tasks apart is read in full before counts of lesser interest are shown. The bucket columns are
/// sized to what most rows need before the description gets its first columns, so that one long
/// name is cut rather than every description.
struct TableColumn {
    enum Kind: CaseIterable {
        case status, profile, id, cloud, source, destination, description, lastStart, requested, succeeded, failed,
            skipped, size, rate, sparkline
    }

    let kind: Kind
    var width: Int

    /// Fixed width, or the minimum of a flexible column.
    static func baseWidth(_ kind: Kind) -> Int {
        switch kind {
        case .status: 2
        case .profile: 10
        case .id: 9
        case .cloud: 7
        case .source: 14
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
        case .profile: 88
        case .destination: 85
        case .requested: 80
        case .failed: 75
        case .cloud: 72
        case .size: 70
        case .rate: 65
        case .sparkline: 60
        case .description: 50
        case .succeeded: 45
        case .skipped: 35
        case .lastStart: 30
        }
    }

    /// Columns at or below this priority give way to the bucket columns.
    static let optionalPriority = 45

    /// The most a flexible column grows to.
    static let flexibleMax: [Kind: Int] = [.source: 48, .destination: 40, .description: 60]
    /// The columns of a description kept before the bucket columns take all they want.
    static let descriptionRoom = 20

    /// The widths a text column wants for the rows on screen.
    struct Want {
        /// What nine rows in ten need (the 90th percentile of their cells), so that one long name
        /// does not decide for every row: the column's width while room is short; longer cells are cut.
        var usual = 0
        /// The longest cell: the column grows to it when every column has its usual width.
        var longest = 0
    }

    /// The widths the text columns want.
    struct Wants {
        var source = Want()
        var destination = Want()
        var description = Want()

        subscript(kind: Kind) -> Want {
            switch kind {
            case .source: source
            case .destination: destination
            case .description: description
            default: Want()
            }
        }
    }

    /// The column's heading in `language`.
    static func title(_ kind: Kind, window: StatsWindow, language: Language) -> String {
        let message: Message =
            switch kind {
            case .status: .columnStatus
            case .profile: .columnProfile
            case .id: .columnID
            case .cloud: .columnCloud
            case .source: .columnSource
            case .destination: .columnDestination
            case .description: .columnDescription
            case .lastStart: .columnLastStart
            case .requested: .columnRequested
            case .succeeded: .columnSucceeded
            case .failed: .columnFailed
            case .skipped: .columnSkipped
            case .size: .columnSize
            case .rate: .columnRate
            case .sparkline: .columnSparkline
            }
        return language.text(message, ["window": window.label])
    }

    var alignRight: Bool {
        [.requested, .succeeded, .failed, .skipped, .size, .rate].contains(kind)
    }

    /// The columns for a width, each with its final width (never narrower than its heading in
    /// `language`); one space between columns.
    static func fit(width: Int, multiProfile: Bool, wants: Wants, window: StatsWindow, language: Language) -> [TableColumn] {
        let baseWidth = { (kind: Kind) in max(Self.baseWidth(kind), DisplayWidth.of(title(kind, window: window, language: language))) }
        var kinds = Kind.allCases.filter { $0 != .profile || multiProfile }
        func spare(_ kinds: [Kind]) -> Int { width - kinds.map(baseWidth).reduce(0, +) - kinds.count - 1 }
        // Optional columns give way to every bucket name on screen, the longest included.
        func bucketShortfall(_ kinds: [Kind]) -> Int {
            [Kind.source, .destination].filter(kinds.contains).map { wanted($0, wants, base: baseWidth($0), longest: true) - baseWidth($0) }
                .reduce(0, +)
        }
        func lowest(_ candidates: [Kind]) -> Kind? { candidates.min { priority($0) < priority($1) } }
        while spare(kinds) < 0, let drop = lowest(kinds) {
            kinds.removeAll { $0 == drop }
        }
        while spare(kinds) < bucketShortfall(kinds), let drop = lowest(kinds.filter { priority($0) <= optionalPriority }) {
            kinds.removeAll { $0 == drop }
        }
        var columns = kinds.map { TableColumn(kind: $0, width: baseWidth($0)) }
        var left = spare(kinds)
        /// Grows the columns of `group` together, one column at a time, towards `target`, while more
        /// than `keeping` columns are left.
        func grow(_ group: [Kind], to target: (Kind) -> Int, keeping: Int = 0) {
            var growing = columns.indices.filter { group.contains(columns[$0].kind) }
            while left > keeping, !growing.isEmpty {
                growing.removeAll { columns[$0].width >= target(columns[$0].kind) }
                for index in growing where left > keeping {
                    columns[index].width += 1
                    left -= 1
                }
            }
        }
        // The bucket columns grow towards their usual wants, keeping room for a description's first
        // `descriptionRoom` columns; then the description takes that room; then each its usual
        // want; then, with room to spare, each its longest cell.
        let buckets = [Kind.source, .destination]
        let descriptionShown = columns.contains { $0.kind == .description }
        let want = { (kind: Kind, longest: Bool) in wanted(kind, wants, base: baseWidth(kind), longest: longest) }
        let room = descriptionShown ? max(0, min(want(.description, false), descriptionRoom) - baseWidth(.description)) : 0
        grow(buckets, to: { want($0, false) }, keeping: room)
        grow([.description], to: { min(want($0, false), descriptionRoom) })
        grow(buckets, to: { want($0, false) })
        grow([.description], to: { want($0, false) })
        grow(buckets, to: { want($0, true) })
        grow([.description], to: { want($0, true) })
        if left > 0, let last = columns.indices.last(where: { flexibleMax[columns[$0].kind] != nil }) {
            columns[last].width += left
        }
        return columns
    }

    /// A column's usual (or longest) want, between its base width and its cap.
    private static func wanted(_ kind: Kind, _ wants: Wants, base: Int, longest: Bool) -> Int {
        let want = longest ? wants[kind].longest : wants[kind].usual
        return min(max(want, base), max(base, flexibleMax[kind] ?? base))
    }
}
