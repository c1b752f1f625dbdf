/// A one-line chart of a series: ▁▂▃▄▅▆▇█ on UTF-8 terminals, an ASCII ramp elsewhere.
public struct Sparkline: Sendable {
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    public static let ascii: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

    public var unicode: Bool

    public init(unicode: Bool = true) { self.unicode = unicode }

    /// The values, averaged into at most `width` columns when there are more, newest on the right,
    /// on a scale from zero to the largest column; any value above zero shows above the floor.
    public func render(_ values: [Int64], width: Int) -> String {
        guard width > 0, !values.isEmpty else { return "" }
        let columns = Self.resample(values, to: width)
        let ramp = unicode ? Self.blocks : Self.ascii
        let top = columns.max() ?? 0
        guard top > 0 else { return String(repeating: ramp[0], count: columns.count) }
        return String(columns.map { value -> Character in
            if value <= 0 { return ramp[0] }
            let level = Int((value / top * Double(ramp.count - 1)).rounded())
            return ramp[min(ramp.count - 1, max(1, level))]
        })
    }

    /// Squeezes the values into `width` columns, each the average of its share of the values.
    static func resample(_ values: [Int64], to width: Int) -> [Double] {
        let count = values.count
        guard count > width else { return values.map(Double.init) }
        return (0..<width).map { column in
            let from = column * count / width
            let to = max(from + 1, (column + 1) * count / width)
            return Double(values[from..<to].reduce(0, &+)) / Double(to - from)
        }
    }
}
