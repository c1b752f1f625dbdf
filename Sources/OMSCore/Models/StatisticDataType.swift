/// One statistics series: objects requested, succeeded, failed, skipped, or bytes copied.
public struct StatisticDataType: OpenEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let request: Self = "REQUEST"
    public static let success: Self = "SUCCESS"
    public static let failure: Self = "FAILURE"
    public static let skip: Self = "SKIP"
    public static let size: Self = "SIZE"
    public static let documented: [Self] = [.request, .success, .failure, .skip, .size]
}
