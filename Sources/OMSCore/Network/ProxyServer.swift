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
        func invalid(_ reason: String) -> ConfigurationError {
            .invalidValue(path: source, field: "proxy", reason: reason + "; write it http://[user:password@]host:port")
        }
        var rest = Substring(text).drop { $0 == " " || $0 == "\t" }
        while rest.last == " " || rest.last == "\t" { rest = rest.dropLast() }
        if let scheme = rest.firstRange(of: "://") {
            let name = rest[..<scheme.lowerBound].lowercased()
            guard name == "http" else { throw invalid("\"\(name)://\" proxies are not supported, only http://") }
            rest = rest[scheme.upperBound...]
        }
        if let slash = rest.firstIndex(of: "/") {
            guard rest[slash...].allSatisfy({ $0 == "/" }) else { throw invalid("a proxy URL has no path") }
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                user = PercentDecoding.decode(userInfo[..<colon])
                password = Secret(PercentDecoding.decode(userInfo[userInfo.index(after: colon)...]))
            } else {
                user = PercentDecoding.decode(userInfo)
            }
        }
        let hostPart: Substring
        var portPart: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw invalid("an IPv6 address lacks its \"]\"") }
            hostPart = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") { portPart = after.dropFirst() } else if !after.isEmpty { throw invalid("unexpected text after the address") }
        } else if let colon = rest.lastIndex(of: ":") {
            hostPart = rest[..<colon]
            portPart = rest[rest.index(after: colon)...]
        } else {
            hostPart = rest
        }
        guard !hostPart.isEmpty else { throw invalid("no proxy host") }
        host = String(hostPart)
        if let portPart {
            guard let number = Int(portPart), (1...65535).contains(number) else { throw invalid("the port is not a number from 1 to 65535") }
            port = number
        } else {
            port = Self.defaultPort
        }
    }

    /// "http://alice@proxy.example.com:3128": the proxy without its password.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://" + (user.map { "\($0)@" } ?? "") + "\(shownHost):\(port)"
    }
}

/// Decodes `%XX` escapes, as in a URL's user and password.
enum PercentDecoding {
    static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%"), let high = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex),
                let low = utf8.index(index, offsetBy: 2, limitedBy: utf8.endIndex), low < utf8.endIndex,
                let value = UInt8(String(decoding: [utf8[high], utf8[low]], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index = utf8.index(after: low)
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
