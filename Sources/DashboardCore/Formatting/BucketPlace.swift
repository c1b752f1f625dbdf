import OMSCore

/// A bucket and its region as one table cell, "cn-beijing/logs-prod", fitted to a width so that the
/// bucket name stays readable: the region is cut first, then the middle of the name.
struct BucketPlace {
    /// Nil when the region goes without saying (the destination in the profile's own region).
    var region: String?
    var bucket: String

    /// The whole text, "region/bucket" or "bucket".
    var text: String { region.map { "\($0)/\(bucket)" } ?? bucket }

    /// The text in at most `width` columns.
    func fitted(to width: Int) -> String {
        let whole = text
        guard DisplayWidth.of(whole) > width else { return whole }
        let bucketWidth = DisplayWidth.of(bucket)
        let minimumRegion = 3
        if let region, width - bucketWidth - 1 >= minimumRegion + 1 {
            return DisplayWidth.truncate(region, to: width - bucketWidth - 1) + "/" + bucket
        }
        return DisplayWidth.truncateMiddle(bucket, to: width)
    }
}

extension TaskText {
    /// The source cloud in at most seven columns: "Aliyun", "Huawei", "Ksyun".
    public static func cloudAbbreviation(_ cloud: CloudType?) -> String {
        guard let cloud else { return "?" }
        switch cloud {
        case .huaweiCloud: return "Huawei"
        case .qingCloud: return "Qing"
        case .kingsoftCloud: return "Ksyun"
        default: return String(cloud.rawValue.prefix(7))
        }
    }
}
