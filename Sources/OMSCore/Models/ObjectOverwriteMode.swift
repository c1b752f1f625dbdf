/// How a source object treats a destination object of the same name (`object_overwrite_mode`).
public struct ObjectOverwriteMode: OpenEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let noOverwrite: Self = "NO_OVERWRITE"
    public static let sizeLastModified: Self = "SIZE_LAST_MODIFIED_COMPARISON_OVERWRITE"
    public static let crc64: Self = "CRC64_COMPARISON_OVERWRITE"
    public static let fullOverwrite: Self = "FULL_OVERWRITE"
    public static let documented: [Self] = [.noOverwrite, .sizeLastModified, .crc64, .fullOverwrite]
}
