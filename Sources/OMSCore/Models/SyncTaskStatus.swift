/// The state of a synchronization task: `SYNCHRONIZING` or `STOPPED`, or a value added later.
public struct SyncTaskStatus: OpenEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let synchronizing: Self = "SYNCHRONIZING"
    public static let stopped: Self = "STOPPED"
    public static let documented: [Self] = [.synchronizing, .stopped]
}
