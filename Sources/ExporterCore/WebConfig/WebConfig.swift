import OMSWords

/// What `--web.config.file` sets, in exporter-toolkit's format and meaning (as node_exporter and
/// Prometheus read it): TLS, the users basic authentication lets in, and headers added to every
/// answer. The default, no file, serves plain HTTP to anyone.
public struct WebConfig: Sendable, Equatable {
    /// HTTPS instead of HTTP, when set.
    public var tls: TLS?
    /// Users and their bcrypt hashes; empty: no authentication.
    public var users: [String: BcryptHash] = [:]
    /// Headers added to every answer, in the order written.
    public var headers: [Header] = []

    public init(tls: TLS? = nil, users: [String: BcryptHash] = [:], headers: [Header] = []) {
        self.tls = tls
        self.users = users
        self.headers = headers
    }

    /// `tls_server_config`.
    public struct TLS: Sendable, Equatable {
        public var certificate: PEM
        public var key: PEM
        public var clientAuth: ClientAuth = .none
        /// The CAs that client certificates must chain to.
        public var clientCA: PEM?
        public var minimumVersion: Version = .tls12
        public var maximumVersion: Version = .tls13

        public init(certificate: PEM, key: PEM) {
            self.certificate = certificate
            self.key = key
        }
    }

    /// PEM text, in a file (`cert_file`) or written in the config (`cert`).
    public enum PEM: Sendable, Equatable {
        case file(String)
        case inline(String)
    }

    /// `client_auth_type`, Go's `tls.ClientAuthType` by name.
    public enum ClientAuth: String, Sendable, CaseIterable {
        case none = "NoClientCert"
        case request = "RequestClientCert"
        case requireAny = "RequireAnyClientCert"
        case verifyIfGiven = "VerifyClientCertIfGiven"
        case requireAndVerify = "RequireAndVerifyClientCert"

        /// Whether a client's certificate, when it sends one, must chain to `client_ca`.
        public var verifies: Bool { self == .verifyIfGiven || self == .requireAndVerify }
        /// Whether a client must send a certificate.
        public var requires: Bool { self == .requireAny || self == .requireAndVerify }
    }

    /// `min_version` and `max_version`.
    public enum Version: String, Sendable, CaseIterable, Comparable {
        case tls10 = "TLS10", tls11 = "TLS11", tls12 = "TLS12", tls13 = "TLS13"

        public static func < (lhs: Version, rhs: Version) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// One of `http_server_config.headers`.
    public struct Header: Sendable, Equatable {
        public let name: String
        public let value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Whether a request for `path` needs a user's password: every path but the probes
    /// (`/-/healthy`, `/-/ready`), which a kubelet or a load balancer asks without one.
    public func requiresAuthentication(_ path: String) -> Bool {
        !users.isEmpty && !Self.openPaths.contains(path)
    }

    /// The paths served to anyone.
    public static let openPaths: Set<String> = ["/-/healthy", "/-/ready"]
}

/// What is wrong in a web config: the line (when one is to blame) and why.
public struct WebConfigProblem: Error, Sendable, Equatable {
    public let line: Int?
    public let reason: Wording

    public init(line: Int?, _ reason: Wording) {
        self.line = line
        self.reason = reason
    }
}
