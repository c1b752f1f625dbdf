/// The OBS storage class objects are written with (`dst_storage_policy`).
public struct StoragePolicy: OpenEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let standard: Self = "STANDARD"
    public static let infrequentAccess: Self = "IA"
    public static let archive: Self = "ARCHIVE"
    public static let deepArchive: Self = "DEEP_ARCHIVE"
    public static let sourceMapping: Self = "SRC_STORAGE_MAPPING"
    public static let documented: [Self] = [.standard, .infrequentAccess, .archive, .deepArchive, .sourceMapping]
}
