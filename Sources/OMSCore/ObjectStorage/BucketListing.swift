/// One object of a bucket listing.
public struct StoredObject: Sendable, Hashable {
    public var key: String
    public var size: Int64
    /// As the server wrote it: ISO 8601 in UTC, such as `2026-12-07T01:59:03.000Z`.
    public var lastModified: String

    public init(key: String, size: Int64, lastModified: String) {
        self.key = key
        self.size = size
        self.lastModified = lastModified
    }
}

/// One page of ListObjectsV2: the objects, and the token of the next page when there is one.
public struct BucketListing: Sendable, Hashable {
    public var objects: [StoredObject]
    public var nextContinuationToken: String?

    public init(objects: [StoredObject], nextContinuationToken: String?) {
        self.objects = objects
        self.nextContinuationToken = nextContinuationToken
    }

    /// Reads a `ListBucketResult`; nil when the body is not one.
    public init?(xml body: [UInt8]) {
        let xml = XMLText(body)
        guard let result = xml.elements("ListBucketResult").first else { return nil }
        objects = result.elements("Contents").compactMap { contents in
            guard let key = contents.value("Key") else { return nil }
            return StoredObject(
                key: key, size: contents.value("Size").flatMap { Int64($0) } ?? 0,
                lastModified: contents.value("LastModified") ?? "")
        }
        let truncated = result.value("IsTruncated") == "true"
        nextContinuationToken = truncated ? result.value("NextContinuationToken") ?? result.value("NextMarker") : nil
    }
}
