/// A key press, as the terminal adapter decodes it.
public enum Key: Sendable, Hashable {
    case up, down, left, right, pageUp, pageDown, home, end, enter, escape, backspace, tab
    /// Shift-Tab.
    case backTab
    case character(Character)
    /// Ctrl and a letter (lowercase), for the letters that are not keys of their own.
    case control(Character)
    /// A function key, F1 to F12.
    case function(Int)
    /// Ctrl-C.
    case interrupt
}
