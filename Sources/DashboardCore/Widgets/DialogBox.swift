/// A framed box of lines centred in a rectangle, with a title in its top border. Built once from
/// its lines; drawing and hit tests read the same frame, so a click lands where the eye sees.
struct DialogBox: Sendable {
    typealias Line = (text: String, style: Style)

    let title: String
    let lines: [Line]
    /// The box, border included.
    let frame: Rect

    /// The narrowest inside a box takes, in columns.
    static let minimumInner = 44

    init(title: String, lines: [Line], in rect: Rect) {
        self.title = title
        self.lines = lines
        let inner = min(rect.width - 6, max(Self.minimumInner, lines.map { DisplayWidth.of($0.text) }.max() ?? 0) + 2)
        frame = Rect(
            x: rect.x + max(0, (rect.width - inner - 2) / 2), y: rect.y + max(0, (rect.height - lines.count - 2) / 2),
            width: inner + 2, height: lines.count + 2)
    }

    /// The columns inside the border.
    var inner: Int { frame.width - 2 }
    /// The screen row of a line of the box.
    func row(ofLine index: Int) -> Int { frame.y + 1 + index }
    /// The screen column where the text of a line begins.
    var textColumn: Int { frame.x + 2 }

    /// The line of the box on a screen row, if any.
    func line(atRow y: Int) -> Int? {
        let index = y - frame.y - 1
        return lines.indices.contains(index) ? index : nil
    }

    func draw(into grid: inout Grid, symbols: Symbols) {
        let (x, y) = (frame.x, frame.y)
        let (tl, tr, bl, br) = symbols.corners
        grid.fill(x: x, y: y, width: frame.width, height: frame.height, style: .dialog)
        let top = tl + " \(title) " + String(repeating: symbols.horizontal, count: max(0, inner - DisplayWidth.of(title) - 2)) + tr
        grid.put(top, x: x, y: y, style: .dialog)
        for (index, line) in lines.enumerated() {
            let row = row(ofLine: index)
            grid.put(symbols.vertical, x: x, y: row, style: .dialog)
            grid.put(" " + line.text, x: x + 1, y: row, style: line.style, maxWidth: inner)
            grid.put(symbols.vertical, x: x + inner + 1, y: row, style: .dialog)
        }
        grid.put(bl + String(repeating: symbols.horizontal, count: inner) + br, x: x, y: y + frame.height - 1, style: .dialog)
    }
}
