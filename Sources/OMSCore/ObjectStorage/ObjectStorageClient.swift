import AsyncHTTPClient
import NIOCore

/// Reads one object-storage endpoint (OBS, or any S3 server) with the credential of a profile:
/// bucket listings (ListObjectsV2) and objects streamed, every request signed with S3 Signature V4
/// (a temporary key's security token included), through the profile's proxy and CAs. Reads are
/// retried as every other read is. Call `shutdown()` when done.
public final class ObjectStorageClient: Sendable {
    public let endpoint: Endpoint
    /// The region that scopes the signature.
    public let region: String
    private let credentials: CredentialHandle
    private let transport: HTTPTransport

    /// The most keys a listing page asks for, as S3 and OBS allow.
    public static let maxKeysPerPage = 1000

    public init(
        endpoint: Endpoint, region: String, credentials: CredentialHandle, connectTimeout: Double = 5,
        requestTimeout: Double = 30, retry: RetryPolicy = RetryPolicy(), userAgent: String = OMSDashVersion.userAgent(),
        network: NetworkSettings = NetworkSettings()
    ) {
        self.endpoint = endpoint
        self.region = region
        self.credentials = credentials
        transport = HTTPTransport(
            endpoint: endpoint, credentials: credentials, signing: .objectStorage(region: region), retry: retry,
            connectTimeout: connectTimeout, requestTimeout: requestTimeout, userAgent: userAgent, network: network)
    }

    /// Closes the connection pool. The client cannot be used afterwards.
    public func shutdown() async { await transport.shutdown() }

    /// The number of HTTP requests this client has sent, retries included.
    public var requestCount: Int { transport.requestCount }

    /// One page of the keys under `prefix`, after the page `continuationToken` ended.
    public func listObjects(
        bucket: String, prefix: String, continuationToken: String? = nil, maxKeys: Int = maxKeysPerPage
    ) async throws -> BucketListing {
        var query = [(name: "list-type", value: "2"), (name: "prefix", value: prefix), (name: "max-keys", value: String(maxKeys))]
        if let continuationToken { query.append((name: "continuation-token", value: continuationToken)) }
        let exchange = try await transport.send(method: "GET", path: Self.path(bucket: bucket), query: query)
        guard (200..<300).contains(exchange.status) else { throw failure(exchange, bucket: bucket, key: nil) }
        guard let listing = BucketListing(xml: exchange.body) else {
            throw OMSError.invalidResponse(
                status: exchange.status, requestID: exchange.requestID, detail: ResponseDecoder.snippet(exchange.body))
        }
        return listing
    }

    /// Every key under `prefix`, page after page, at most `limit` of them.
    public func listAllObjects(bucket: String, prefix: String, limit: Int = 100_000) async throws -> [StoredObject] {
        var objects: [StoredObject] = []
        var token: String?
        repeat {
            let page = try await listObjects(bucket: bucket, prefix: prefix, continuationToken: token)
            objects += page.objects
            token = page.nextContinuationToken
        } while token != nil && objects.count < limit
        return Array(objects.prefix(limit))
    }

    /// Streams an object (or `range` of its bytes) to `consume`, chunk by chunk as it arrives.
    public func readObject(
        bucket: String, key: String, range: ClosedRange<Int64>? = nil,
        into consume: @escaping ([UInt8]) async throws -> Void
    ) async throws {
        let headers = range.map { [(name: "Range", value: "bytes=\($0.lowerBound)-\($0.upperBound)")] } ?? []
        let transport = transport
        let exchange = try await transport.streamed(
            method: "GET", path: Self.path(bucket: bucket, key: key), headers: headers
        ) { body in
            var chunks = body.makeAsyncIterator()
            while true {
                let chunk: ByteBuffer?
                do { chunk = try await chunks.next() } catch { throw transport.classify(error) }
                guard let chunk else { return }
                try await consume(Array(chunk.readableBytesView))
            }
        }
        guard (200..<300).contains(exchange.status) else { throw failure(exchange, bucket: bucket, key: key) }
    }

    /// `/bucket` or `/bucket/key`, path-style, each segment of the key encoded once.
    static func path(bucket: String, key: String? = nil) -> String {
        let encodedKey = key.map { "/" + $0.split(separator: "/", omittingEmptySubsequences: false).map(PercentEncoding.encode).joined(separator: "/") }
        return "/" + PercentEncoding.encode(bucket) + (encodedKey ?? "")
    }

    private func failure(_ exchange: HTTPExchange, bucket: String, key: String?) -> OMSError {
        .storage(StorageFailure(
            status: exchange.status, body: exchange.body, requestID: exchange.requestID, endpoint: endpoint.description,
            bucket: bucket, key: key, credentials: credentials.description))
    }
}
