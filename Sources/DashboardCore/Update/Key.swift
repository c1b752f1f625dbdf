/// A key press, as the terminal adapter decodes it.
public enum Key: Sendable, Hashable {
    case up, down, left, right, pageUp, pageDown, home, end, enter, escape, backspace, tab
    /// The Delete key, which erases under the cursor.
    case delete
    /// Ctrl and an arrow, which move by a word in text.
    case controlLeft, controlRight
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
