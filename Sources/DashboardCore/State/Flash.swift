/// A short result in the status bar that goes by itself after a few seconds, so that no key is
/// spent dismissing it (a start or stop OMS accepted).
public struct Flash: Sendable, Equatable {
    public var text: String
    /// Until when it shows, in ms since 1970.
    public var until: Int64

    /// How long a flash shows.
    public static let milliseconds: Int64 = 5_000

    public init(text: String, until: Int64) {
        self.text = text
        self.until = until
    }
}
