/// A screen's worth of styled cells. Widgets draw into it; the terminal adapter copies it out.
///
/// A wide character (CJK, most emoji) fills its cell and marks the next one as its continuation,
/// so every row always spans exactly `width` columns.
public struct Grid: Sendable, Equatable {
    /// One terminal cell.
    public struct Cell: Sendable, Equatable {
        /// The character shown, or nil for the right half of a wide character.
        public var character: Character?
        public var style: Style

        public static let blank = Cell(character: " ", style: .normal)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at (x, y), cut to `maxWidth` columns (ending with "…" when cut) and to the
    /// grid's edge; returns the columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let room = min(maxWidth ?? Int.max, width - max(0, x))
        guard room > 0 else { return 0 }
        let fitted = DisplayWidth.truncate(text, to: room)
        var column = x
        for character in fitted {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            guard column + w <= x + room, column >= 0 else { break }
            clearWide(at: column, y: y)
            cells[y * width + column] = Cell(character: character, style: style)
            if w == 2 {
                clearWide(at: column + 1, y: y)
                cells[y * width + column + 1] = Cell(character: nil, style: style)
            }
            column += w
        }
        return column - x
    }

    /// Fills a rectangle with spaces of a style.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                cells[row * width + column] = Cell(character: " ", style: style)
            }
        }
    }

    /// Gives every cell of a row a style, keeping its character.
    public mutating func restyle(row y: Int, style: Style, from x: Int = 0, to end: Int? = nil) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, end ?? width) { cells[y * width + column].style = style }
    }

    /// When (x, y) is half of a wide character, blanks the other half.
    private mutating func clearWide(at x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let index = y * width + x
        if cells[index].character == nil, x > 0 {
            cells[index - 1] = .blank
        } else if let character = cells[index].character, DisplayWidth.of(character) == 2, x + 1 < width {
            cells[index + 1] = .blank
        }
    }

    /// One row as plain text, trailing blanks dropped.
    public func text(row y: Int) -> String {
        var line = ""
        for x in 0..<width {
            if let character = self[x, y].character { line.append(character) }
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The whole grid as plain text, one line a row.
    public var text: String { (0..<height).map { text(row: $0) }.joined(separator: "\n") }

    /// The styles of a row, one per column, for tests.
    public func styles(row y: Int) -> [Style] { (0..<width).map { self[$0, y].style } }
}
