/// How one style looks: a foreground colour (an index of the 256-colour palette, nil for the
/// terminal's own) and attributes. Under `reverse` the colour is the background.
public struct Look: Sendable, Hashable {
    public var color: Int?
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(color: Int? = nil, bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.color = color
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    /// The colour as a terminal of `colors` colours can show it: when the palette is shorter than
    /// the index, the nearest of its first eight, or for a grey the terminal's own colour (black or
    /// white would vanish on one background or the other).
    public func color(fitting colors: Int) -> Int? {
        guard let color, color >= colors else { return color }
        if color < 16 { return color - 8 }
        let (r, g, b) = Self.rgb(color)
        if r == g && g == b { return nil }
        return Self.basicRGB.indices.min { a, b2 in
            Self.distance(Self.basicRGB[a], (r, g, b)) < Self.distance(Self.basicRGB[b2], (r, g, b))
        } ?? 7
    }

    /// The eight basic colours as xterm draws them.
    static let basicRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    ]

    /// The red, green and blue of an index of xterm's 256 colours from 16 up: the 6×6×6 cube, then greys.
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        if index >= 232 {
            let grey = 8 + 10 * (index - 232)
            return (grey, grey, grey)
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = index - 16
        return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        (a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1) + (a.2 - b.2) * (a.2 - b.2)
    }
}
