import DashboardCore

/// What the terminal reports: a key, a new size, or that it went away.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case resize(width: Int, height: Int)
    case hangUp
}
