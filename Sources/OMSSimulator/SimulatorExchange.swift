import OMSCore

/// A request as the simulator received it.
public struct SimulatorRequest: Sendable {
    public var method: String
    /// The path and query as sent, e.g. `/v2/p/sync-tasks?limit=5`.
    public var uri: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, uri: String, headers: [(name: String, value: String)], body: [UInt8] = []) {
        self.method = method
        self.uri = uri
        self.headers = headers
        self.body = body
    }

    /// The path without the query.
    var path: String { String(uri.prefix { $0 != "?" }) }

    /// The query parameters, decoded, in the order sent.
    var query: [(name: String, value: String)] {
        guard let mark = uri.firstIndex(of: "?") else { return [] }
        return uri[uri.index(after: mark)...].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (
                name: PercentEncoding.decode(parts[0], plusAsSpace: true),
                value: parts.count > 1 ? PercentEncoding.decode(parts[1], plusAsSpace: true) : ""
            )
        }
    }

    func queryValue(_ name: String) -> String? { query.first { $0.name == name }?.value }

    func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.last { $0.name.lowercased() == lowered }?.value
    }
}

/// An answer of the simulator: status, JSON (or other) body, and extra headers.
public struct SimulatorResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    public var headers: [(name: String, value: String)]

    public init(status: Int, contentType: String = "application/json;charset=utf-8", body: [UInt8], headers: [(name: String, value: String)] = []) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }
}
