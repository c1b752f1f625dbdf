/// How objects are compared after migration (`consistency_check`).
public struct ConsistencyCheck: OpenEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let sizeLastModified: Self = "size_last_modified"
    public static let crc64: Self = "crc64"
    public static let noCheck: Self = "no_check"
    public static let transmission: Self = "transmission"
    public static let documented: [Self] = [.sizeLastModified, .crc64, .noCheck, .transmission]
}
