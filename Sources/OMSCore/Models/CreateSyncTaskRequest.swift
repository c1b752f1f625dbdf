/// The body of the create operation. Its keys are secrets and print redacted.
public struct CreateSyncTaskRequest: Codable, Hashable, Sendable {
    public var srcCloudType: CloudType?
    public var srcRegion: String
    public var srcBucket: String
    public var srcAK: String
    public var srcSK: Secret
    public var dstAK: String
    public var dstSK: Secret
    public var dstRegion: String
    public var dstBucket: String
    public var description: String?
    public var enableKMS: Bool?
    public var enableMetadataMigration: Bool?
    public var enableRestore: Bool?
    public var dstStoragePolicy: StoragePolicy?
    public var appID: String?
    public var sourceCDN: SourceCDNRequest?
    public var consistencyCheck: ConsistencyCheck?

    public init(
        srcCloudType: CloudType? = nil, srcRegion: String, srcBucket: String, srcAK: String, srcSK: Secret,
        dstAK: String, dstSK: Secret, dstRegion: String, dstBucket: String, description: String? = nil
    ) {
        self.srcCloudType = srcCloudType
        self.srcRegion = srcRegion
        self.srcBucket = srcBucket
        self.srcAK = srcAK
        self.srcSK = srcSK
        self.dstAK = dstAK
        self.dstSK = dstSK
        self.dstRegion = dstRegion
        self.dstBucket = dstBucket
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case srcCloudType = "src_cloud_type"
        case srcRegion = "src_region"
        case srcBucket = "src_bucket"
        case srcAK = "src_ak"
        case srcSK = "src_sk"
        case dstAK = "dst_ak"
        case dstSK = "dst_sk"
        case dstRegion = "dst_region"
        case dstBucket = "dst_bucket"
        case description
        case enableKMS = "enable_kms"
        case enableMetadataMigration = "enable_metadata_migration"
        case enableRestore = "enable_restore"
        case dstStoragePolicy = "dst_storage_policy"
        case appID = "app_id"
        case sourceCDN = "source_cdn"
        case consistencyCheck = "consistency_check"
    }
}

/// The answer of the create operation: the new task's id.
public struct CreateSyncTaskResponse: Codable, Hashable, Sendable {
    public var taskID: String

    public init(taskID: String) { self.taskID = taskID }

    enum CodingKeys: String, CodingKey { case taskID = "sync_task_id" }
}
