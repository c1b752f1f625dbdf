import FoundationEssentials
import OMSWords

/// Where an API lives: scheme, host and port. Plain `http` is accepted only for loopback and
/// link-local hosts (the ECS metadata service).
public struct Endpoint: Hashable, Sendable, CustomStringConvertible {
    public let scheme: String
    /// The host name or address, an IPv6 address without its brackets.
    public let host: String
    public let port: Int?

    /// Parses and checks an endpoint such as `https://oms.cn-north-4.myhuaweicloud.com` or `http://127.0.0.1:8080`.
    public init(parsing text: String) throws(ConfigurationError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            let host = components.host.map(Self.unbracketed), !host.isEmpty
        else {
            throw .invalidEndpoint(text, reason: Wording(.reasonNotURL))
        }
        guard scheme == "https" || scheme == "http" else {
            throw .invalidEndpoint(text, reason: Wording(.reasonSchemeHTTPS))
        }
        if scheme == "http" && !Self.isLoopback(host) && !Self.isLinkLocal(host) {
            throw .invalidEndpoint(text, reason: Wording(.reasonHTTPLoopback))
        }
        if !(components.path.isEmpty || components.path == "/") || components.query != nil {
            throw .invalidEndpoint(text, reason: Wording(.reasonOriginOnly))
        }
        self.scheme = scheme
        self.host = host
        self.port = components.port
    }

    /// The OMS endpoint of a region, as the SDK builds it; nil when `region` cannot be part of a host.
    public static func oms(region: String) -> Endpoint? {
        RegionTable.isWellFormed(region) ? try? Endpoint(parsing: "https://oms.\(region).myhuaweicloud.com") : nil
    }

    /// OBS's endpoint of a region, where a task's destination bucket is read; nil when `region`
    /// cannot be part of a host.
    public static func obs(region: String) -> Endpoint? {
        RegionTable.isWellFormed(region) ? try? Endpoint(parsing: "https://obs.\(region).myhuaweicloud.com") : nil
    }

    /// IAM's global endpoint, where agencies are assumed unless a profile names its own: keys of
    /// an agency hold in every region, so one key serves all of a profile's regions.
    public static let globalIAM = try! Endpoint(parsing: "https://iam.myhuaweicloud.com")

    /// Organizations' global endpoint, where an organization's accounts are listed.
    public static let globalOrganizations = try! Endpoint(parsing: "https://organizations.myhuaweicloud.com")

    /// The IAM endpoint of a region, used to discover project ids; nil when `region` cannot be part of a host.
    public static func iam(region: String) -> Endpoint? {
        RegionTable.isWellFormed(region) ? try? Endpoint(parsing: "https://iam.\(region).myhuaweicloud.com") : nil
    }

    /// The value of the Host header the SDK sends and signs: host, and port when the URL names one.
    public var hostHeader: String {
        let bracketed = Self.bracketed(host)
        return port.map { "\(bracketed):\($0)" } ?? bracketed
    }

    /// A host as it is written before ":port": an IPv6 address in brackets, anything else as it is.
    public static func bracketed(_ host: String) -> String {
        host.contains(":") ? "[\(host)]" : host
    }

    /// A host as it is compared and stored: an IPv6 address without its brackets.
    public static func unbracketed(_ host: String) -> String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    /// The endpoint as a URL string, without trailing slash.
    public var description: String { "\(scheme)://\(hostHeader)" }

    /// Whether a host is link-local, as the ECS metadata service's 169.254.169.254 is.
    static func isLinkLocal(_ host: String) -> Bool { host.hasPrefix("169.254.") }

    /// Whether an unbracketed host is this machine.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

extension Endpoint {
    /// The path of a task's CreateSyncEvents operation.
    public static func syncEventsPath(projectID: String, taskID: String) -> String {
        "/v2/\(PercentEncoding.encode(projectID))/sync-tasks/\(PercentEncoding.encode(taskID))/events"
    }

    /// A task's synchronization URL, as the console shows it: where its source side POSTs the names
    /// of changed objects.
    public func syncEventsURL(projectID: String, taskID: String) -> String {
        description + Self.syncEventsPath(projectID: projectID, taskID: taskID)
    }
}
