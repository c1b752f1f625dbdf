/// The terminal's size in cells, as the last resize gave it.
public struct Viewport: Sendable, Equatable {
    public internal(set) var width: Int
    public internal(set) var height: Int
}
