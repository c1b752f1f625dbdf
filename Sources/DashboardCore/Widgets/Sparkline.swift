/// A one-line chart of a series: ▁▂▃▄▅▆▇█ on UTF-8 terminals, an ASCII ramp elsewhere.
public struct Sparkline: Sendable {
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    public static let ascii: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

    public var unicode: Bool

    public init(unicode: Bool = true) { self.unicode = unicode }

    /// The values squeezed (summed) or kept to at most `width` columns, newest on the right, on a
    /// scale from zero to the largest value.
    public func render(_ values: [Int64], width: Int) -> String {
        guard width > 0, !values.isEmpty else { return "" }
        let columns = Self.resample(values, to: width)
        let ramp = unicode ? Self.blocks : Self.ascii
        let top = columns.max() ?? 0
        guard top > 0 else { return String(repeating: ramp[0], count: columns.count) }
        return String(columns.map { value -> Character in
            if value <= 0 { return ramp[0] }
            let level = Int((Double(value) / Double(top) * Double(ramp.count - 1)).rounded(.up))
            return ramp[min(ramp.count - 1, max(1, level))]
        })
    }

    /// Sums neighbouring values so that at most `width` remain, keeping the newest whole.
    static func resample(_ values: [Int64], to width: Int) -> [Int64] {
        guard values.count > width else { return values }
        let per = (values.count + width - 1) / width
        var columns: [Int64] = []
        columns.reserveCapacity(width)
        var index = values.count
        while index > 0 && columns.count < width {
            let from = max(0, index - per)
            columns.append(values[from..<index].reduce(0, &+))
            index = from
        }
        return columns.reversed()
    }
}
