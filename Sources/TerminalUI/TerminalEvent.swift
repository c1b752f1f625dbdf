import DashboardCore

/// What the terminal reports: a key, a mouse press or wheel turn, a new size, or that it went away.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case hangUp
}
