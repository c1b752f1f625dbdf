/// How OMS authenticates against a CDN source (`source_cdn.authentication_type`).
public struct CDNAuthenticationType: OpenEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let none: Self = "NONE"
    public static let documented: [Self] = [
        "NONE", "QINIU_PRIVATE_AUTHENTICATION", "ALIYUN_OSS_A", "ALIYUN_OSS_B", "ALIYUN_OSS_C",
        "KSYUN_PRIVATE_AUTHENTICATION", "AZURE_SAS_TOKEN", "TENCENT_COS_A", "TENCENT_COS_B",
        "TENCENT_COS_C", "TENCENT_COS_D",
    ]
}
