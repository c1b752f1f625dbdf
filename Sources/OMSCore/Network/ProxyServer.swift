import OMSWords

/// An HTTP proxy, as written in `HTTPS_PROXY` or the config: `http://[user[:password]@]host[:port]`.
///
/// The password is a secret: `description` leaves it out, so the proxy can be named in messages.
public struct ProxyServer: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String?
    public var password: Secret?

    /// curl's default port for a proxy given without one.
    public static let defaultPort = 1080

    public init(host: String, port: Int, user: String? = nil, password: Secret? = nil) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
    }

    /// Parses a proxy URL; a bare `host:port` is taken as http, as curl does. `source` names where
    /// it was written (a variable or a config field) in the error.
    public init(parsing text: String, source: String) throws(ConfigurationError) {
        func invalid(_ reason: Wording) -> ConfigurationError {
            .invalidValue(path: source, field: "proxy", reason: Wording(.reasonProxyFormat, parts: ["reason": reason]))
        }
        var rest = Substring(text).drop { $0 == " " || $0 == "\t" }
        while rest.last == " " || rest.last == "\t" { rest = rest.dropLast() }
        if let scheme = rest.firstRange(of: "://") {
            let name = rest[..<scheme.lowerBound].lowercased()
            guard name == "http" else { throw invalid(Wording(.reasonProxyScheme, ["scheme": name])) }
            rest = rest[scheme.upperBound...]
        }
        if let slash = rest.firstIndex(of: "/") {
            guard rest[slash...].allSatisfy({ $0 == "/" }) else { throw invalid(Wording(.reasonProxyPath)) }
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                user = PercentEncoding.decode(userInfo[..<colon])
                password = Secret(PercentEncoding.decode(userInfo[userInfo.index(after: colon)...]))
            } else {
                user = PercentEncoding.decode(userInfo)
            }
        }
        let hostPart: Substring
        var portPart: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw invalid(Wording(.reasonProxyBracket)) }
            hostPart = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") { portPart = after.dropFirst() } else if !after.isEmpty { throw invalid(Wording(.reasonProxyTrailing)) }
        } else if let colon = rest.lastIndex(of: ":") {
            hostPart = rest[..<colon]
            portPart = rest[rest.index(after: colon)...]
        } else {
            hostPart = rest
        }
        guard !hostPart.isEmpty else { throw invalid(Wording(.reasonProxyNoHost)) }
        host = String(hostPart)
        if let portPart {
            guard let number = Int(portPart), (1...65535).contains(number) else { throw invalid(Wording(.reasonProxyPort)) }
            port = number
        } else {
            port = Self.defaultPort
        }
    }

    /// "http://alice@proxy.example.com:3128": the proxy without its password.
    public var description: String {
        "http://" + (user.map { "\($0)@" } ?? "") + "\(Endpoint.bracketed(host)):\(port)"
    }
}
