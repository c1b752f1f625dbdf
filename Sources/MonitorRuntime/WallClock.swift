import FoundationEssentials

/// The wall clock in milliseconds since 1970: the one place the faces read the time.
public enum WallClock {
    public static var milliseconds: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
