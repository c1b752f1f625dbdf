/// A synchronization task: a list row (`SyncTaskInfo`) or, with its monthly counters, a show response.
///
/// Every field but the id is optional: the service may omit or null any of them, and a long-lived
/// client must keep working when it does.
public struct SyncTask: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var srcCloudType: CloudType?
    public var srcRegion: String?
    public var srcBucket: String?
    public var createTime: Int64?
    public var lastStartTime: Int64?
    public var dstBucket: String?
    public var dstRegion: String?
    public var description: String?
    public var status: SyncTaskStatus?
    public var enableKMS: Bool?
    public var enableMetadataMigration: Bool?
    public var enableRestore: Bool?
    public var appID: String?
    public var sourceCDN: SourceCDN?
    public var objectOverwriteMode: ObjectOverwriteMode?
    public var dstStoragePolicy: StoragePolicy?
    public var consistencyCheck: ConsistencyCheck?
    /// This month's counters; present in show responses only.
    public var monthly: MonthlyCounters?

    public init(id: String) { self.id = id }

    enum CodingKeys: String, CodingKey {
        case id = "sync_task_id"
        case srcCloudType = "src_cloud_type"
        case srcRegion = "src_region"
        case srcBucket = "src_bucket"
        case createTime = "create_time"
        case lastStartTime = "last_start_time"
        case dstBucket = "dst_bucket"
        case dstRegion = "dst_region"
        case description
        case status
        case enableKMS = "enable_kms"
        case enableMetadataMigration = "enable_metadata_migration"
        case enableRestore = "enable_restore"
        case appID = "app_id"
        case sourceCDN = "source_cdn"
        case objectOverwriteMode = "object_overwrite_mode"
        case dstStoragePolicy = "dst_storage_policy"
        case consistencyCheck = "consistency_check"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        srcCloudType = c.decodeTolerant(CloudType.self, forKey: .srcCloudType)
        srcRegion = c.decodeTolerant(String.self, forKey: .srcRegion)
        srcBucket = c.decodeTolerant(String.self, forKey: .srcBucket)
        createTime = try c.decodeLenientInt64(forKey: .createTime)
        lastStartTime = try c.decodeLenientInt64(forKey: .lastStartTime)
        dstBucket = c.decodeTolerant(String.self, forKey: .dstBucket)
        dstRegion = c.decodeTolerant(String.self, forKey: .dstRegion)
        description = c.decodeTolerant(String.self, forKey: .description)
        status = c.decodeTolerant(SyncTaskStatus.self, forKey: .status)
        enableKMS = c.decodeTolerant(Bool.self, forKey: .enableKMS)
        enableMetadataMigration = c.decodeTolerant(Bool.self, forKey: .enableMetadataMigration)
        enableRestore = c.decodeTolerant(Bool.self, forKey: .enableRestore)
        appID = c.decodeTolerant(String.self, forKey: .appID)
        sourceCDN = c.decodeTolerant(SourceCDN.self, forKey: .sourceCDN)
        objectOverwriteMode = c.decodeTolerant(ObjectOverwriteMode.self, forKey: .objectOverwriteMode)
        dstStoragePolicy = c.decodeTolerant(StoragePolicy.self, forKey: .dstStoragePolicy)
        consistencyCheck = c.decodeTolerant(ConsistencyCheck.self, forKey: .consistencyCheck)
        let counters = try MonthlyCounters(from: decoder)
        monthly = counters.isEmpty ? nil : counters
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(srcCloudType, forKey: .srcCloudType)
        try c.encodeIfPresent(srcRegion, forKey: .srcRegion)
        try c.encodeIfPresent(srcBucket, forKey: .srcBucket)
        try c.encodeIfPresent(createTime, forKey: .createTime)
        try c.encodeIfPresent(lastStartTime, forKey: .lastStartTime)
        try c.encodeIfPresent(dstBucket, forKey: .dstBucket)
        try c.encodeIfPresent(dstRegion, forKey: .dstRegion)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(enableKMS, forKey: .enableKMS)
        try c.encodeIfPresent(enableMetadataMigration, forKey: .enableMetadataMigration)
        try c.encodeIfPresent(enableRestore, forKey: .enableRestore)
        try c.encodeIfPresent(appID, forKey: .appID)
        try c.encodeIfPresent(sourceCDN, forKey: .sourceCDN)
        try c.encodeIfPresent(objectOverwriteMode, forKey: .objectOverwriteMode)
        try c.encodeIfPresent(dstStoragePolicy, forKey: .dstStoragePolicy)
        try c.encodeIfPresent(consistencyCheck, forKey: .consistencyCheck)
        try monthly?.encode(to: encoder)
    }
}
