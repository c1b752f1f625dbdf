#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OMSCore
import Synchronization

/// The simulated OBS on the simulator's one listener: the destination buckets of every tenant's
/// tasks, path-style (`/<bucket>`, `/<bucket>/<key>`), holding the object lists `ObjectListWriter`
/// writes. ListObjectsV2 (prefix, continuation, max-keys) and GetObject (with Range) are answered;
/// a temporary key reads only its own account's buckets, and a bucket named in `deniedBuckets`
/// refuses everyone, as a bucket policy would.
struct SimulatedObjectStorage: Sendable {
    let authenticator: ObjectStorageAuthenticator
    /// Every project's world and its account.
    let worlds: [(world: World, account: Int)]
    let deniedBuckets: Set<String>
    /// The task of the first tenant that also holds a 100,000-line list, for scale, when asked for.
    let largeListTaskID: String?

    func respond(to request: SimulatorRequest, requestID: String, nowSeconds: Int64) -> SimulatorResponse {
        let resource = request.path
        do throws(StorageError) {
            guard request.method == "GET" || request.method == "HEAD" else {
                throw StorageError(status: 405, code: "MethodNotAllowed", message: "The simulator's buckets are read-only.")
            }
            let account = try authenticator.caller(for: request, nowSeconds: nowSeconds)
            let segments = request.path.dropFirst().split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            let bucket = PercentEncoding.decode(segments[0])
            let writers = self.writers(bucket: bucket, account: account)
            guard !writers.isEmpty else { throw StorageError.noSuchBucket }
            guard !deniedBuckets.contains(bucket) else { throw StorageError.accessDenied() }
            var response: SimulatorResponse
            if segments.count == 2, !segments[1].isEmpty {
                response = try object(key: PercentEncoding.decode(segments[1]), writers: writers, range: request.header("Range"))
            } else {
                response = try listing(bucket: bucket, request: request, writers: writers)
            }
            response.headers.append(("x-obs-request-id", requestID))
            if request.method == "HEAD" { response.body = [] }
            return response
        } catch {
            var response = error.response(requestID: requestID, resource: resource)
            response.headers.append(("x-obs-request-id", requestID))
            return response
        }
    }

    private func writers(bucket: String, account: Int?) -> [ObjectListWriter] {
        worlds.filter { account == nil || $0.account == account }.flatMap { entry in
            let (tasks, now) = entry.world.tasks(inBucket: bucket)
            return tasks.map { ObjectListWriter(task: $0, now: now, speed: entry.world.speed, holdsLargeList: $0.info.id == largeListTaskID) }
        }
    }

    private func listing(bucket: String, request: SimulatorRequest, writers: [ObjectListWriter]) throws(StorageError) -> SimulatorResponse {
        let prefix = request.queryValue("prefix") ?? ""
        let maxKeys = Int(request.queryValue("max-keys") ?? "") ?? 1000
        guard (1...1000).contains(maxKeys) else {
            throw StorageError(status: 400, code: "InvalidArgument", message: "max-keys must be 1 to 1000.")
        }
        let after = request.queryValue("continuation-token") ?? request.queryValue("start-after") ?? request.queryValue("marker") ?? ""
        let all = writers.flatMap { writer in ObjectListKind.allCases.flatMap { kind in writer.files(kind).map { (writer, $0) } } }
            .filter { $0.1.key.hasPrefix(prefix) && $0.1.key > after }
            .sorted { $0.1.key < $1.1.key }
        let page = all.prefix(maxKeys)
        let truncated = all.count > maxKeys
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
        xml += "<Name>\(XMLEscaping.escape(bucket))</Name><Prefix>\(XMLEscaping.escape(prefix))</Prefix>"
        xml += "<MaxKeys>\(maxKeys)</MaxKeys><KeyCount>\(page.count)</KeyCount><IsTruncated>\(truncated)</IsTruncated>"
        if let token = request.queryValue("continuation-token") { xml += "<ContinuationToken>\(XMLEscaping.escape(token))</ContinuationToken>" }
        if truncated, let last = page.last { xml += "<NextContinuationToken>\(XMLEscaping.escape(last.1.key))</NextContinuationToken>" }
        for (writer, file) in page {
            xml += "<Contents><Key>\(XMLEscaping.escape(file.key))</Key><LastModified>\(Self.iso(file.to))</LastModified>"
            xml += "<ETag>\"\(String(UInt64(bitPattern: file.key.hashValueStable), radix: 16))\"</ETag>"
            xml += "<Size>\(size(of: file, writer: writer))</Size><StorageClass>STANDARD</StorageClass></Contents>"
        }
        xml += "</ListBucketResult>"
        return SimulatorResponse(status: 200, contentType: "application/xml", body: Array(xml.utf8))
    }

    private func object(key: String, writers: [ObjectListWriter], range: String?) throws(StorageError) -> SimulatorResponse {
        for writer in writers {
            for kind in ObjectListKind.allCases {
                guard let file = writer.files(kind).first(where: { $0.key == key }) else { continue }
                let content = ObjectListCache.content(of: file, writer: writer)
                var headers = [(name: "Last-Modified", value: Self.httpDate(file.to)), (name: "Accept-Ranges", value: "bytes")]
                guard let range else { return SimulatorResponse(status: 200, contentType: "text/plain", body: content, headers: headers) }
                guard let bytes = Self.byteRange(range, size: content.count) else {
                    throw StorageError(status: 416, code: "InvalidRange", message: "The requested range is not satisfiable.")
                }
                headers.append(("Content-Range", "bytes \(bytes.lowerBound)-\(bytes.upperBound)/\(content.count)"))
                return SimulatorResponse(status: 206, contentType: "text/plain", body: Array(content[bytes]), headers: headers)
            }
        }
        throw StorageError.noSuchKey
    }

    private func size(of file: ObjectListWriter.File, writer: ObjectListWriter) -> Int {
        ObjectListCache.content(of: file, writer: writer).count
    }

    /// `bytes=A-B`, `bytes=A-` or `bytes=-N` within `size`.
    static func byteRange(_ header: String, size: Int) -> ClosedRange<Int>? {
        guard header.hasPrefix("bytes="), size > 0 else { return nil }
        let parts = header.dropFirst(6).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        if parts[0].isEmpty, let suffix = Int(parts[1]), suffix > 0 { return max(0, size - suffix)...(size - 1) }
        guard let start = Int(parts[0]), start < size else { return nil }
        let end = parts[1].isEmpty ? size - 1 : min(Int(parts[1]) ?? -1, size - 1)
        return end >= start ? start...end : nil
    }

    /// `2026-12-07T10:00:00.000Z`.
    static func iso(_ milliseconds: Int64) -> String {
        let d = Array(ObjectListWriter.compact(milliseconds))
        func part(_ range: Range<Int>) -> String { String(d[range]) }
        return "\(part(0..<4))-\(part(4..<6))-\(part(6..<8))T\(part(8..<10)):\(part(10..<12)):\(part(12..<14)).000Z"
    }

    /// An HTTP date, as Last-Modified is written.
    static func httpDate(_ milliseconds: Int64) -> String {
        var seconds = time_t(milliseconds / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}

/// The text of list files, kept once made: a file's text depends only on its task and span, and
/// the 100,000-line list takes a while to write.
enum ObjectListCache {
    private static let texts = Mutex<[String: [UInt8]]>([:])
    /// The most files kept; the cache starts over past it.
    private static let capacity = 256

    static func content(of file: ObjectListWriter.File, writer: ObjectListWriter) -> [UInt8] {
        let key = "\(file.key)#\(file.lines)"
        if let text = texts.withLock({ $0[key] }) { return text }
        let text = writer.content(of: file)
        texts.withLock { texts in
            if texts.count >= capacity { texts.removeAll() }
            texts[key] = text
        }
        return text
    }
}
