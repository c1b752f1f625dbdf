/// A press of the mouse's left button or a turn of its wheel, at a cell of the screen (0-based).
public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case press, wheelUp, wheelDown }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
