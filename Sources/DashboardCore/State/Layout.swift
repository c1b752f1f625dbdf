/// Where each part of the screen goes for a terminal size.
public struct Layout: Sendable, Equatable {
    /// The smallest terminal the dashboard draws in.
    public static let minimumWidth = 80
    public static let minimumHeight = 20

    public let width: Int
    public let height: Int
    public let isTooSmall: Bool
    /// Rows: header 0, optional banner 1, then the table's column headers and rows, the detail pane,
    /// the message line and the key hints.
    public let bannerRow: Int?
    public let tableHeaderRow: Int
    public let tableRows: Int
    public let detailTop: Int
    public let detailHeight: Int
    public let messageRow: Int
    public let hintsRow: Int

    /// The rows the detail pane uses when it can have them all: title, four fact lines, a gap,
    /// five series and their time labels.
    public static let idealDetailHeight = 12
    /// The fewest rows the detail pane keeps when the table wants the space.
    public static let minimumDetailHeight = 9

    public init(width: Int, height: Int, focus: AppState.Focus, banner: Bool, rowCount: Int = .max) {
        self.width = width
        self.height = height
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        bannerRow = banner ? 1 : nil
        let top = banner ? 2 : 1
        hintsRow = height - 1
        messageRow = height - 2
        let available = max(0, messageRow - top)
        if focus == .detail {
            tableHeaderRow = top
            tableRows = 0
            detailTop = top
            detailHeight = available
        } else {
            let wanted = max(Self.minimumDetailHeight, min(Self.idealDetailHeight, available - min(rowCount, available) - 1))
            let detail = max(0, min(wanted, available - 4))
            detailHeight = detail
            detailTop = messageRow - detail
            tableHeaderRow = top
            tableRows = max(0, detailTop - top - 1)
        }
    }
}
