/// A screen's worth of styled cells. Widgets draw into it; the terminal adapter copies it out.
///
/// A wide character (CJK, most emoji) fills its cell and marks the next one as its continuation,
/// so every row always spans exactly `width` columns.
///
/// Each part of the screen draws into the rectangle it is given (`draw(in:_:)`): inside it, (0, 0)
/// is the rectangle's top-left cell, `width` and `height` are the rectangle's, and nothing lands
/// outside it.
public struct Grid: Sendable, Equatable {
    /// One terminal cell: up to two Unicode scalars (a character and a variation selector or
    /// combining mark) and a style. Integer fields keep comparing frames cheap.
    public struct Cell: Sendable, Equatable {
        /// The first scalar, or 0 for the right half of a wide character.
        public var scalar: UInt32
        /// A second scalar of the same character, or 0.
        public var extra: UInt32
        public var style: Style

        public static let blank = Cell(scalar: 0x20, extra: 0, style: .normal)

        init(_ character: Character, style: Style) {
            var scalars = character.unicodeScalars.makeIterator()
            scalar = scalars.next()?.value ?? 0x20
            extra = scalars.next()?.value ?? 0
            self.style = style
        }

        init(scalar: UInt32, extra: UInt32, style: Style) {
            self.scalar = scalar
            self.extra = extra
            self.style = style
        }

        /// The character shown, or nil for the right half of a wide character.
        public var character: Character? {
            guard scalar != 0, let first = Unicode.Scalar(scalar) else { return nil }
            guard extra != 0, let second = Unicode.Scalar(extra) else { return Character(first) }
            var text = String.UnicodeScalarView()
            text.append(first)
            text.append(second)
            return Character(String(text))
        }
    }

    /// The columns of a whole row of cells, whatever the area being drawn.
    private let stride: Int
    private var cells: [Cell]
    /// Where drawing goes now, in the whole grid's cells: all of it, or a part's rectangle.
    private var area: Rect

    /// The width of the area being drawn: the whole grid's, or inside `draw(in:_:)` the rectangle's.
    public var width: Int { area.width }
    /// The height of the area being drawn.
    public var height: Int { area.height }

    public init(width: Int, height: Int) {
        area = Rect(x: 0, y: 0, width: width, height: height)
        stride = area.width
        cells = Array(repeating: .blank, count: area.width * area.height)
    }

    /// The cell at (x, y) of the area being drawn.
    public subscript(x: Int, y: Int) -> Cell {
        cells[index(x, y)]
    }

    /// Draws `body` into `rect` (in the coordinates of the area being drawn, cut to it): inside,
    /// (0, 0) is the rectangle's top-left cell and nothing is drawn outside it.
    public mutating func draw(in rect: Rect, _ body: (inout Grid) -> Void) {
        let outer = area
        area = Rect(x: outer.x + rect.x, y: outer.y + rect.y, width: rect.width, height: rect.height).intersection(outer)
        defer { area = outer }
        body(&self)
    }

    /// The index in `cells` of (x, y) in the area being drawn.
    private func index(_ x: Int, _ y: Int) -> Int {
        (area.y + y) * stride + area.x + x
    }

    /// Writes `text` at (x, y), cut to `maxWidth` columns (ending with "…" when cut) and to the
    /// grid's edge; returns the columns written. Control and bidi characters are written out
    /// (`\u{1B}`, `\u{202E}`, as `DisplayWidth` cuts text), so a task's description cannot move
    /// the cursor or reorder a row.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let room = min(maxWidth ?? Int.max, width - max(0, x))
        guard room > 0 else { return 0 }
        if let written = putASCII(text, x: x, y: y, style: style, room: room) { return written }
        let fitted = DisplayWidth.truncate(text, to: room)
        var column = x
        for character in fitted {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            guard column + w <= x + room, column >= 0 else { break }
            clearWide(at: column, y: y)
            cells[index(column, y)] = Cell(character, style: style)
            if w == 2 {
                clearWide(at: column + 1, y: y)
                cells[index(column + 1, y)] = Cell(scalar: 0, extra: 0, style: style)
            }
            column += w
        }
        return column - x
    }

    /// The fast path for printable ASCII, one byte a column; nil when the text has anything else.
    private mutating func putASCII(_ text: String, x: Int, y: Int, style: Style, room: Int) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), x >= 0 else { return nil }
            let cut = bytes.count > room
            let count = cut ? room - 1 : bytes.count
            for offset in 0..<count {
                clearWide(at: x + offset, y: y)
                cells[index(x + offset, y)] = Cell(scalar: UInt32(bytes[offset]), extra: 0, style: style)
            }
            if cut {
                clearWide(at: x + count, y: y)
                cells[index(x + count, y)] = Cell(scalar: 0x2026, extra: 0, style: style)
            }
            return cut ? room : count
        }
    }

    /// Fills a rectangle with spaces of a style; a wide character cut by its edge is blanked whole.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        let left = max(0, x), right = min(width, x + w)
        guard left < right else { return }
        for row in max(0, y)..<min(height, y + h) {
            clearWide(at: left, y: row)
            clearWide(at: right - 1, y: row)
            for column in left..<right {
                cells[index(column, row)] = Cell(scalar: 0x20, extra: 0, style: style)
            }
        }
    }

    /// Gives every cell of a row a style, keeping its character.
    public mutating func restyle(row y: Int, style: Style, from x: Int = 0, to end: Int? = nil) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, end ?? width) { cells[index(column, y)].style = style }
    }

    /// When (x, y) is half of a wide character, blanks the other half, even where that half lies
    /// outside the area being drawn.
    private mutating func clearWide(at x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let column = area.x + x
        let index = index(x, y)
        if cells[index].scalar == 0, column > 0 {
            cells[index - 1] = .blank
        } else if column + 1 < stride, cells[index + 1].scalar == 0 {
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
