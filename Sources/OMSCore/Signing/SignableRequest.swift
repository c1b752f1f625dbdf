/// The parts of an HTTP request that an SDK-HMAC-SHA256 signature covers.
public struct SignableRequest: Sendable {
    public var method: String
    /// The path as sent, without query (for example `/v2/{project}/sync-tasks`).
    public var path: String
    /// Query parameters, decoded, in any order.
    public var query: [(name: String, value: String)]
    /// Headers as sent; names in any case.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(
        method: String, path: String, query: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)] = [], body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The query string the SDK sends and signs: sorted by name then value, both percent-encoded.
    public var canonicalQuery: String {
        query.sorted { ($0.name, $0.value) < ($1.name, $1.value) }
            .map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }
            .joined(separator: "&")
    }

    /// The path decoded, each segment re-encoded, with a trailing "/" (in the signed string only).
    public var canonicalURI: String {
        let segments = PercentEncoding.decode(path).split(separator: "/", omittingEmptySubsequences: false)
        let encoded = segments.map { PercentEncoding.encode($0) }.joined(separator: "/")
        return encoded.hasSuffix("/") ? encoded : encoded + "/"
    }

    /// The names of the headers the SDK signs: all but those containing "_", lower case, sorted.
    public var signableHeaderNames: [String] {
        Array(Set(headers.map { $0.name.lowercased() }.filter { !$0.contains("_") })).sorted()
    }

    /// The value of a header, by case-insensitive name, trimmed.
    public func headerValue(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.last { $0.name.lowercased() == lowered }?.value.trimmingWhitespace()
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }
}
