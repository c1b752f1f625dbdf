/// The rules the API reference sets on the create body, shared by everything that checks one.
public enum CreateTaskRules {
    /// The fields the body must have, non-empty, by API name.
    public static let requiredFields = [
        "src_region", "src_bucket", "src_ak", "src_sk", "dst_ak", "dst_sk", "dst_region", "dst_bucket",
    ]

    /// The longest value of each string field, by API name (`domain` and `authentication_key` are
    /// in `source_cdn`).
    public static let maximumLengths: [String: Int] = [
        "src_region": 100, "src_bucket": 1024, "src_ak": 100, "src_sk": 100, "dst_ak": 100, "dst_sk": 100,
        "dst_region": 100, "dst_bucket": 1024, "description": 255, "app_id": 255, "domain": 1024,
        "authentication_key": 255,
    ]

    /// The characters a description cannot hold.
    public static let forbiddenDescriptionCharacters: Set<Character> = Set("<>()\"'&")

    /// The consistency checks the create operation documents.
    public static let consistencyChecks: [ConsistencyCheck] = [.sizeLastModified, .crc64, .transmission]

    /// The protocols a CDN source may use.
    public static let cdnProtocols = ["http", "https"]
}
