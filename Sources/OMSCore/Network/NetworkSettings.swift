/// How a profile reaches its endpoints: through which proxy, if any, and trusting which extra CAs.
public struct NetworkSettings: Sendable, Hashable {
    /// The proxy for https endpoints (`HTTPS_PROXY`, or the profile's `proxy`).
    public var httpsProxy: ProxyServer?
    /// The proxy for http endpoints (`HTTP_PROXY`, or the profile's `proxy`).
    public var httpProxy: ProxyServer?
    /// The hosts reached directly.
    public var noProxy: NoProxyList
    /// A PEM file of certificates trusted besides the system's.
    public var caFile: String?

    public init(httpsProxy: ProxyServer? = nil, httpProxy: ProxyServer? = nil, noProxy: NoProxyList = NoProxyList(nil), caFile: String? = nil) {
        self.httpsProxy = httpsProxy
        self.httpProxy = httpProxy
        self.noProxy = noProxy
        self.caFile = caFile
    }

    /// The proxy an endpoint is reached through, or nil for a direct connection.
    public func proxy(for endpoint: Endpoint) -> ProxyServer? {
        guard !noProxy.bypasses(endpoint.host) else { return nil }
        return endpoint.scheme == "https" ? httpsProxy : httpProxy
    }

    /// The proxies of the environment, with curl's names; the lowercase variable wins.
    public static func proxies(in environment: [String: String]) throws(ConfigurationError)
        -> (https: ProxyServer?, http: ProxyServer?, noProxy: NoProxyList)
    {
        func read(_ names: [String]) throws(ConfigurationError) -> ProxyServer? {
            for name in names {
                if let value = environment[name], !value.isEmpty { return try ProxyServer(parsing: value, source: name) }
            }
            return nil
        }
        let noProxy = ["no_proxy", "NO_PROXY"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return (try read(["https_proxy", "HTTPS_PROXY"]), try read(["http_proxy", "HTTP_PROXY"]), NoProxyList(noProxy))
    }
}
