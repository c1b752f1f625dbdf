import ArgumentParser
import DashboardCore
import OMSCore

/// How read commands print: a table for people, JSON with the API's names, or CSV.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Rows of text printed as aligned columns (display-width aware) or as CSV.
struct TextTable {
    var headers: [String]
    var rows: [[String]]
    /// Columns aligned right (numbers).
    var rightAligned: Set<Int> = []

    /// The table for a terminal: control and bidi characters in a cell (from a task's description,
    /// say) are written out as `DisplayWidth` measures and cuts them, so that no value can move the
    /// cursor, clear the screen or reorder its row.
    func renderTable() -> String {
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                DisplayWidth.fit(cell, to: widths[index], alignRight: rightAligned.contains(index))
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }

    func renderCSV() -> String {
        ([headers] + rows).map { $0.map(CSVField.text).joined(separator: ",") }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
