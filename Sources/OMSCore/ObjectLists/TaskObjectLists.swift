import OMSWords

/// Where a task's object lists are: its destination bucket, read at the profile's `obs_endpoint`
/// or OBS's endpoint of the destination region, with the profile's credential, proxy and CAs.
public struct TaskObjectLists: Sendable {
    public let taskID: String
    public let bucket: String
    public let region: String
    public let endpoint: Endpoint

    /// The lists of `task` as `profile` reaches them; throws when the task names no bucket or its
    /// region cannot be part of OBS's host name.
    public init(task: SyncTask, profile: Profile) throws(OMSError) {
        guard let bucket = task.dstBucket, !bucket.isEmpty else {
            throw .invalidArgument(Wording(.listNoBucket, ["id": task.id]))
        }
        let region = task.dstRegion.flatMap { $0.isEmpty ? nil : $0 } ?? profile.region
        guard let endpoint = profile.obsEndpoint ?? Endpoint.obs(region: region) else {
            throw .invalidArgument(Wording(.reasonNotRegionName, ["given": region]))
        }
        taskID = task.id
        self.bucket = bucket
        self.region = region
        self.endpoint = endpoint
    }

    /// A client for the bucket, signing with `profile`'s credential; the caller shuts it down.
    public func client(
        profile: Profile, connectTimeout: Double = 5, requestTimeout: Double = 30, retry: RetryPolicy = RetryPolicy(),
        userAgent: String = OMSDashVersion.userAgent()
    ) -> ObjectStorageClient {
        ObjectStorageClient(
            endpoint: endpoint, region: region, credentials: profile.credentials, connectTimeout: connectTimeout,
            requestTimeout: requestTimeout, retry: retry, userAgent: userAgent, network: profile.network)
    }

    /// The reader of one kind of list with `client`.
    public func reader(_ kind: ObjectListKind, client: ObjectStorageClient) -> ObjectListReader {
        ObjectListReader(storage: client, bucket: bucket, taskID: taskID, kind: kind)
    }
}
