import OMSCore

/// The tasks of the demo world: migrations from several clouds into OBS, as people run them.
enum DemoCatalog {
    private struct Template {
        var cloud: CloudType
        var srcRegion: String
        var srcBucket: String
        var dstRegion: String
        var dstBucket: String
        var description: String
        var appID: String? = nil
        var cdn: SourceCDN? = nil
        var overwrite: ObjectOverwriteMode = .sizeLastModified
        var storage: StoragePolicy? = .standard
        var check: ConsistencyCheck = .sizeLastModified
        var objectsPerBucket: Double
        var meanObjectBytes: Double
        var failureRate: Double
        var stopped = false
    }

    private static let templates: [Template] = [
        Template(
            cloud: .aliyun, srcRegion: "cn-beijing", srcBucket: "logs-prod", dstRegion: "cn-north-4",
            dstBucket: "logs-prod", description: "nightly logs", objectsPerBucket: 900,
            meanObjectBytes: 96 * 1024, failureRate: 0.001),
        Template(
            cloud: .aws, srcRegion: "us-east-1", srcBucket: "media-archive", dstRegion: "cn-north-4",
            dstBucket: "media-archive-obs", description: "媒体库迁移 AWS 到 OBS", storage: .infrequentAccess,
            objectsPerBucket: 60, meanObjectBytes: 48 * 1024 * 1024, failureRate: 0.004),
        Template(
            cloud: .tencent, srcRegion: "ap-guangzhou", srcBucket: "game-assets-1250000000", dstRegion: "cn-south-1",
            dstBucket: "game-assets", description: "游戏资源同步 广州", appID: "1250000000", overwrite: .crc64,
            check: .crc64, objectsPerBucket: 240, meanObjectBytes: 2.5 * 1024 * 1024, failureRate: 0.002),
        Template(
            cloud: .azure, srcRegion: "eastasia", srcBucket: "backups-weekly", dstRegion: "cn-east-3",
            dstBucket: "azure-backups", description: "weekly database backups", storage: .archive,
            objectsPerBucket: 12, meanObjectBytes: 900 * 1024 * 1024, failureRate: 0.01, stopped: true),
        Template(
            cloud: .qiniu, srcRegion: "z0", srcBucket: "cdn-images", dstRegion: "cn-north-4", dstBucket: "cdn-images",
            description: "CDN 图片回源同步",
            cdn: SourceCDN(domain: "img.example-cdn.com", protocol: "https", authenticationType: "QINIU_PRIVATE_AUTHENTICATION"),
            objectsPerBucket: 420, meanObjectBytes: 380 * 1024, failureRate: 0.02),
    ]

    private static let day: Int64 = 86_400_000

    /// The demo task at `index`; indexes past the catalog repeat it with numbered buckets.
    static func task(index: Int, now: Int64, keys: StartSyncTaskRequest, random: inout DeterministicRandom)
        -> SimulatedTask
    {
        let template = templates[index % templates.count]
        let round = index / templates.count
        let suffix = round == 0 ? "" : "-\(round)"
        var info = SyncTask(id: random.uuid())
        info.srcCloudType = template.cloud
        info.srcRegion = template.srcRegion
        info.srcBucket = template.srcBucket + suffix
        info.dstRegion = template.dstRegion
        info.dstBucket = template.dstBucket + suffix
        info.description = template.description
        info.appID = template.appID
        info.sourceCDN = template.cdn
        info.objectOverwriteMode = template.overwrite
        info.dstStoragePolicy = template.storage
        info.consistencyCheck = template.check
        info.enableKMS = false
        info.enableMetadataMigration = index % 3 == 0
        info.enableRestore = template.storage == .archive
        let created = now - Int64(40 + 9 * (index % 7)) * day - Int64(random.unit() * Double(day))
        info.createTime = created
        let lastStart = now - Int64(1 + index % 5) * day - Int64(random.unit() * Double(day))
        var runs = [SimulatedTask.Run(start: created, end: lastStart - 2 * day)]
        runs.append(.init(start: lastStart, end: template.stopped ? now - 2 * day / 3 : nil))
        let profile = ActivityProfile(
            objectsPerBucket: template.objectsPerBucket * (0.7 + 0.6 * random.unit()),
            meanObjectBytes: template.meanObjectBytes, failureRate: template.failureRate,
            skipRate: 0.01 + 0.03 * random.unit(), dailySwing: 0.3 + 0.5 * random.unit(), seed: random.next())
        return SimulatedTask(info: info, keys: keys, runs: runs, profile: profile)
    }

    /// A task made by the create operation, with a profile drawn from the seed.
    static func created(from request: CreateSyncTaskRequest, now: Int64, random: inout DeterministicRandom)
        -> SimulatedTask
    {
        var info = SyncTask(id: random.uuid())
        info.srcCloudType = request.srcCloudType ?? .aliyun
        info.srcRegion = request.srcRegion
        info.srcBucket = request.srcBucket
        info.dstRegion = request.dstRegion
        info.dstBucket = request.dstBucket
        info.description = request.description ?? ""
        info.appID = request.appID
        info.sourceCDN = request.sourceCDN.map {
            SourceCDN(domain: $0.domain, protocol: $0.protocol, authenticationType: $0.authenticationType)
        }
        info.objectOverwriteMode = .sizeLastModified
        info.dstStoragePolicy = request.dstStoragePolicy ?? .standard
        info.consistencyCheck = request.consistencyCheck ?? .sizeLastModified
        info.enableKMS = request.enableKMS ?? false
        info.enableMetadataMigration = request.enableMetadataMigration ?? false
        info.enableRestore = request.enableRestore ?? false
        info.createTime = now
        let keys = StartSyncTaskRequest(
            srcAK: request.srcAK, srcSK: request.srcSK, dstAK: request.dstAK, dstSK: request.dstSK)
        let profile = ActivityProfile(
            objectsPerBucket: 50 + 400 * random.unit(), meanObjectBytes: 256 * 1024 + 8 * 1024 * 1024 * random.unit(),
            failureRate: 0.002 + 0.01 * random.unit(), skipRate: 0.02 * random.unit(),
            dailySwing: 0.5 * random.unit(), seed: random.next(),
            naturalBurstsBefore: now / ActivityProfile.bucketMilliseconds)
        return SimulatedTask(info: info, keys: keys, runs: [], profile: profile)
    }
}
