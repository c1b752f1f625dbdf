/// The table's hit test: which row a click lands on, read from the same rectangle the rows are
/// drawn in.
extension TableView {
    /// The index into the table's rows of the row drawn under a screen cell, if one is drawn there.
    static func row(atX x: Int, y: Int, body: Rect, table: TaskTable) -> Int? {
        guard body.contains(x: x, y: y) else { return nil }
        let index = table.scroll + y - body.y
        return index < table.rows.count ? index : nil
    }
}
