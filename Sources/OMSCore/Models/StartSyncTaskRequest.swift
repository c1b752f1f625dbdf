/// The body of the start operation: the keys OMS uses to read the source and write the destination.
public struct StartSyncTaskRequest: Codable, Hashable, Sendable {
    public var srcAK: String
    public var srcSK: Secret
    public var dstAK: String
    public var dstSK: Secret
    public var sourceCDNAuthenticationKey: Secret?

    public init(srcAK: String, srcSK: Secret, dstAK: String, dstSK: Secret, sourceCDNAuthenticationKey: Secret? = nil) {
        self.srcAK = srcAK
        self.srcSK = srcSK
        self.dstAK = dstAK
        self.dstSK = dstSK
        self.sourceCDNAuthenticationKey = sourceCDNAuthenticationKey
    }

    enum CodingKeys: String, CodingKey {
        case srcAK = "src_ak"
        case srcSK = "src_sk"
        case dstAK = "dst_ak"
        case dstSK = "dst_sk"
        case sourceCDNAuthenticationKey = "source_cdn_authentication_key"
    }
}
