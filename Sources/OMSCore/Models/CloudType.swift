/// The cloud a task copies from (`src_cloud_type`).
public struct CloudType: OpenEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let aws: Self = "AWS"
    public static let azure: Self = "Azure"
    public static let aliyun: Self = "Aliyun"
    public static let tencent: Self = "Tencent"
    public static let huaweiCloud: Self = "HuaweiCloud"
    public static let qingCloud: Self = "QingCloud"
    public static let kingsoftCloud: Self = "KingsoftCloud"
    public static let baidu: Self = "Baidu"
    public static let qiniu: Self = "Qiniu"
    public static let uCloud: Self = "UCloud"
    public static let documented: [Self] = [
        .aws, .azure, .aliyun, .tencent, .huaweiCloud, .qingCloud, .kingsoftCloud, .baidu, .qiniu, .uCloud,
    ]
}
