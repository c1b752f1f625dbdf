/// The regions the official SDK knows for OMS, and the names people use for them.
public enum RegionTable {
    /// Region ids in the SDK's OMS table.
    public static let omsRegions = [
        "af-south-1", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
        "cn-east-2", "cn-east-3", "cn-east-4", "cn-north-1", "cn-north-4", "cn-north-9", "cn-north-12",
        "cn-south-1", "cn-south-4", "cn-southwest-2", "la-north-2", "la-south-2", "me-east-1", "sa-brazil-1",
        "tr-west-1",
    ]

    /// Whether the SDK's table lists `region`.
    public static func isKnown(_ region: String) -> Bool { omsRegions.contains(region) }

    /// Whether `region` can name a region in a host: lowercase letters, digits and inner hyphens,
    /// as every Huawei Cloud region does (`cn-north-4`), so that a region outside the table still
    /// makes a valid `iam.<region>.myhuaweicloud.com`.
    public static func isWellFormed(_ region: String) -> Bool {
        !region.isEmpty && region.utf8.count <= 63 && region.first != "-" && region.last != "-"
            && region.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "-")
            }
    }

    /// The region in a standard OMS host, `oms.<region>.myhuaweicloud.com`; nil for any other host.
    public static func region(inHost host: String) -> String? {
        let parts = host.lowercased().split(separator: ".")
        guard parts.count == 4, parts[0] == "oms", parts[2] == "myhuaweicloud", parts[3] == "com" else { return nil }
        return String(parts[1])
    }

    /// The environment variable that overrides a region's endpoint, as the SDK names it.
    public static func endpointOverrideVariable(region: String) -> String {
        "HUAWEICLOUD_SDK_REGION_OMS_" + region.uppercased().replacing("-", with: "_")
    }
}
