/// A key press, as the terminal adapter decodes it.
public enum Key: Sendable, Equatable {
    case up, down, left, right, pageUp, pageDown, home, end, enter, escape, backspace, tab
    case character(Character)
    /// Ctrl-C.
    case interrupt
}
