/// The width of one statistics bucket: five minutes or one hour.
public struct StatisticTimeType: OpenEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let fiveMinutes: Self = "FIVE_MINUTES"
    public static let oneHour: Self = "ONE_HOUR"
    public static let documented: [Self] = [.fiveMinutes, .oneHour]

    /// The bucket width in milliseconds, when known.
    public var milliseconds: Int64? {
        switch self {
        case .fiveMinutes: 300_000
        case .oneHour: 3_600_000
        default: nil
        }
    }
}
