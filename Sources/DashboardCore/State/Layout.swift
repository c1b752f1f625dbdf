/// Where each part of the screen goes for a terminal size.
///
/// The detail pane gets the height its content needs, so that all five series always show; the
/// table gets the rest and scrolls. When both cannot have all they want, the table keeps
/// `preferredTableRows` rows and the detail pane drops its least needed lines first (see
/// `DetailLines`).
public struct Layout: Sendable, Equatable {
    /// The smallest terminal the dashboard draws in.
    public static let minimumWidth = 80
    public static let minimumHeight = 20
    /// The table rows kept before the detail pane takes its full height.
    public static let preferredTableRows = 10

    public let width: Int
    public let height: Int
    public let isTooSmall: Bool
    /// Rows: header 0, optional banner 1, then the table's column headers and rows, the detail pane,
    /// the error line when a request failed, the status line and the key hints.
    public let bannerRow: Int?
    public let tableHeaderRow: Int
    public let tableRows: Int
    public let detailTop: Int
    public let detailHeight: Int
    /// The line of the last error, above the status line, so that the task count stays in view.
    public let errorRow: Int?
    public let messageRow: Int
    public let hintsRow: Int

    /// - Parameters:
    ///   - errorLine: whether the last error has a line of its own.
    ///   - rowCount: the rows the table could show.
    ///   - detailAlerts: the alert lines of the selected task's detail pane.
    public init(
        width: Int, height: Int, focus: AppState.Focus, banner: Bool, errorLine: Bool = false,
        rowCount: Int = .max, detailAlerts: Int = 0
    ) {
        self.width = width
        self.height = height
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        bannerRow = banner ? 1 : nil
        let top = banner ? 2 : 1
        hintsRow = height - 1
        messageRow = height - 2
        errorRow = errorLine ? messageRow - 1 : nil
        let bottom = errorRow ?? messageRow
        let available = max(0, bottom - top)
        tableHeaderRow = top
        if focus == .detail {
            tableRows = 0
            detailTop = top
            detailHeight = available
        } else {
            let full = DetailLines.fullHeight(alerts: detailAlerts)
            let tableWanted = 1 + min(rowCount, Self.preferredTableRows)
            let detail = min(full, max(DetailLines.minimumHeight, available - tableWanted))
            // The table keeps its header and one row whatever happens.
            detailHeight = max(0, min(detail, available - 2))
            detailTop = bottom - detailHeight
            tableRows = max(0, detailTop - top - 1)
        }
    }

    /// The header line.
    public var header: Rect { Rect(x: 0, y: 0, width: width, height: 1) }
    /// The banner's line, when it shows.
    public var banner: Rect? { bannerRow.map { Rect(x: 0, y: $0, width: width, height: 1) } }
    /// The table: its column headers, then its rows.
    public var table: Rect { Rect(x: 0, y: tableHeaderRow, width: width, height: 1 + tableRows) }
    /// The table's rows, below its column headers: where a click selects a task.
    public var tableBody: Rect { Rect(x: 0, y: tableHeaderRow + 1, width: width, height: tableRows) }
    /// The detail pane.
    public var detail: Rect { Rect(x: 0, y: detailTop, width: width, height: detailHeight) }
    /// The bottom lines: the error line when there is one, the message and the key hints.
    public var statusBar: Rect {
        let top = errorRow ?? messageRow
        return Rect(x: 0, y: top, width: width, height: height - top)
    }
}
