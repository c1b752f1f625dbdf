/// A value a message takes, kept as what it is rather than as text, so that each face writes it
/// its own way: an instant in the face's clock, the others as every face writes them.
public enum Quantity: Sendable, Hashable {
    /// A whole count: "15,815".
    case count(Int64)
    /// A size in bytes: "3.4 TiB".
    case bytes(Int64)
    /// A share of a whole, 0 to 1: "7.5%", "5%".
    case percent(Double)
    /// How many times another value: "3", "4.1".
    case factor(Double)
    /// A span of time, in milliseconds, to the second: "2h", "90m", "5m07s", "45s".
    case duration(milliseconds: Int64)
    /// How long ago, in milliseconds, at a glance: "45s", "5m07s", "42m", "3h", "2d".
    case age(milliseconds: Int64)
    /// An instant, in milliseconds since 1970, written by the face's clock: "08:05".
    case instant(Int64)

    /// The quantity as `clock`'s face writes it.
    public func text(clock: WordingClock) -> String {
        switch self {
        case .count(let value): HumanUnits.grouped(value)
        case .bytes(let value): HumanUnits.bytes(value)
        case .percent(let share): HumanUnits.percent(share, .threshold)
        case .factor(let value): HumanUnits.decimal(value)
        case .duration(let milliseconds): HumanUnits.duration(milliseconds: milliseconds, .exact)
        case .age(let milliseconds): HumanUnits.duration(milliseconds: milliseconds, .rounded)
        case .instant(let milliseconds): clock.write(milliseconds)
        }
    }

    /// Whether it is an instant, whose clock's zone a message may name.
    var isInstant: Bool {
        if case .instant = self { return true }
        return false
    }
}
