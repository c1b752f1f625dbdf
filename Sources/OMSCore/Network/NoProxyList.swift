/// The hosts reached without the proxy, as curl reads `NO_PROXY`: comma-separated host names
/// (which also cover their subdomains; a leading dot is optional), IP addresses, and `*` for every host.
public struct NoProxyList: Sendable, Hashable {
    /// Lowercased entries without leading dots; empty when nothing bypasses the proxy.
    public let entries: [String]

    public init(_ text: String?) {
        entries = (text ?? "").split(separator: ",").compactMap { raw in
            var entry = raw.lowercased().filter { $0 != " " && $0 != "\t" }
            while entry.hasPrefix(".") { entry.removeFirst() }
            if entry.hasPrefix("["), let close = entry.firstIndex(of: "]") {
                entry = String(entry[entry.index(after: entry.startIndex)..<close])
            }
            return entry.isEmpty ? nil : entry
        }
    }

    /// Whether `host` is reached directly.
    public func bypasses(_ host: String) -> Bool {
        let host = Endpoint.unbracketed(host.lowercased())
        return entries.contains { entry in
            entry == "*" || entry == host || (!host.isIPAddressLiteral && host.hasSuffix("." + entry))
        }
    }
}

extension String {
    /// Whether the text is an IPv4 or IPv6 address rather than a name (names never end in a digit
    /// after the last dot, and never hold a colon).
    fileprivate var isIPAddressLiteral: Bool {
        contains(":") || split(separator: ".").last.map { $0.allSatisfy(\.isNumber) } ?? false
    }
}
