/// A value a message takes, kept as what it is rather than as text, so that each face writes it
/// its own way: an instant in the face's clock, the others as every face writes them.
public enum Quantity: Sendable, Hashable {
    /// A whole count: "15,815".
    case count(Int64)
    /// A share of a whole, 0 to 1: "7.5%", "5%".
    case percent(Double)
    /// How many times another value: "3", "4.1".
    case factor(Double)
    /// A span of time, in milliseconds: "2h", "90m", "5m07s", "45s".
    case duration(milliseconds: Int64)
    /// An instant, in milliseconds since 1970, written by the face's clock: "08:05".
    case instant(Int64)

    /// The quantity as `clock`'s face writes it.
    public func text(clock: WordingClock) -> String {
        switch self {
        case .count(let value): DigitGrouping.thousands(value)
        case .percent(let share): Self.oneDecimal(share * 100) + "%"
        case .factor(let value): Self.oneDecimal(value)
        case .duration(let milliseconds): Self.duration(milliseconds)
        case .instant(let milliseconds): clock.write(milliseconds)
        }
    }

    /// Whether it is an instant, whose clock's zone a message may name.
    var isInstant: Bool {
        if case .instant = self { return true }
        return false
    }

    private static func oneDecimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        return String(rounded)
    }

    private static func duration(_ milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000
        if seconds >= 3600, seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds >= 60, seconds % 60 == 0 { return "\(seconds / 60)m" }
        if seconds >= 60 { return "\(seconds / 60)m" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)s" }
        return "\(seconds)s"
    }
}
