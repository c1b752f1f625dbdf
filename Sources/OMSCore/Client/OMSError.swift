/// A failed API call, with what a person needs to act on it.
///
/// `message` is one line that names the fix for the common cases; it never holds a secret.
public enum OMSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The service answered with an error status.
    case service(ServiceFailure)
    /// No connection could be made to the endpoint.
    case unreachable(endpoint: String, reason: String)
    /// The endpoint did not answer in time.
    case timedOut(endpoint: String, seconds: Double)
    /// The service answered with a body that is not the JSON the API documents.
    case invalidResponse(status: Int, requestID: String?, detail: String)
    /// A request argument is out of the documented range; nothing was sent.
    case invalidArgument(String)
    /// The proxy could not be reached or refused the request; `proxy` is named without its password.
    case proxy(proxy: String, reason: String)
    /// The endpoint's certificate did not verify against the trusted CAs.
    case untrustedCertificate(host: String)

    /// The HTTP status, when the service answered.
    public var httpStatus: Int? {
        switch self {
        case .service(let failure): failure.status
        case .invalidResponse(let status, _, _): status
        default: nil
        }
    }

    /// The API's error_code, when it sent one.
    public var errorCode: String? {
        if case .service(let failure) = self { return failure.errorCode }
        return nil
    }

    /// The request id to quote to support, when known.
    public var requestID: String? {
        switch self {
        case .service(let failure): failure.requestID
        case .invalidResponse(_, let id, _): id
        default: nil
        }
    }

    /// Whether the credentials were refused: polling must stop, not retry.
    public var isAuthenticationFailure: Bool {
        if case .service(let failure) = self { return failure.isAuthenticationFailure }
        return false
    }

    /// One line for a person: what failed and how to fix it. Control characters from the service's
    /// answer are written out.
    public var message: String { unescapedMessage.escapingControlCharacters }

    private var unescapedMessage: String {
        switch self {
        case .service(let failure):
            return failure.message
        case .unreachable(let endpoint, let reason):
            return "cannot reach \(endpoint) (\(reason)): check the region or endpoint in your config and your network"
        case .timedOut(let endpoint, let seconds):
            return "\(endpoint) did not answer within \(Self.format(seconds)) s: retry later or raise timeouts.request_seconds"
        case .invalidResponse(let status, let requestID, let detail):
            return "the service answered HTTP \(status) with an unexpected body (\(detail))"
                + (requestID.map { " [request \($0)]" } ?? "")
                + ": a proxy or an outage may be in the way; retry later"
        case .invalidArgument(let text):
            return text
        case .proxy(let proxy, let reason):
            return "the proxy \(proxy) \(reason)"
        case .untrustedCertificate(let host):
            return "the certificate of \(host) is not trusted: if your company's CA signs it, set ca_file in the profile or pass --ca-file PATH"
        }
    }

    public var description: String { message }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

/// An error status from the service, with its body and the context of the call.
public struct ServiceFailure: Sendable, Hashable {
    public var status: Int
    public var errorCode: String?
    public var errorMessage: String?
    public var requestID: String?
    /// What was asked, for the message: the operation and the task id, if any.
    public var operation: Operation

    /// The call that failed, for the hint in the message.
    public struct Operation: Sendable, Hashable {
        public var name: String
        public var taskID: String?
        public var region: String?
        public var credentials: String?

        public init(name: String, taskID: String? = nil, region: String? = nil, credentials: String? = nil) {
            self.name = name
            self.taskID = taskID
            self.region = region
            self.credentials = credentials
        }
    }

    public init(status: Int, errorCode: String?, errorMessage: String?, requestID: String?, operation: Operation) {
        self.status = status
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.requestID = requestID
        self.operation = operation
    }

    /// The regions whose documentation offers statistics, start and stop.
    public static let regionsWithStatistics = ["cn-north-4", "cn-east-3", "cn-southwest-2"]

    /// Whether the gateway refused the credentials (401, or APIGW.0301 in any status).
    public var isAuthenticationFailure: Bool { status == 401 || errorCode == "APIGW.0301" }

    /// One line: the code, the service's message, the request id, and the fix.
    public var message: String {
        var parts: [String] = []
        parts.append(errorCode.map { "\($0) (HTTP \(status))" } ?? "HTTP \(status)")
        if let errorMessage, !errorMessage.isEmpty { parts.append(errorMessage) }
        var line = parts.joined(separator: ": ")
        if let requestID { line += " [request \(requestID)]" }
        if let hint { line += " — \(hint)" }
        return line.escapingControlCharacters
    }

    /// The fix for the common cases, if this is one.
    public var hint: String? {
        if isAuthenticationFailure {
            let who = operation.credentials.map { " (\($0))" } ?? ""
            return "the credentials\(who) were refused: check AK/SK and project id, and that this machine's clock is within 15 minutes of UTC"
        }
        if status == 429 || errorCode == "APIGW.0308" {
            return "throttled by the API gateway: wait a minute, or raise refresh_seconds"
        }
        let offeredOnlyInSomeRegions = ["statistics", "start", "stop", "sync-objects"].contains(operation.name)
        if offeredOnlyInSomeRegions, errorCode == "APIGW.0101",
            let region = operation.region, RegionTable.isKnown(region), !Self.regionsWithStatistics.contains(region)
        {
            return "\(operation.name) is offered only in \(Self.regionsWithStatistics.joined(separator: ", ")), not in \(region)"
        }
        if status == 404, let taskID = operation.taskID {
            return "no task \(taskID) in this project: check the id with `omsdash list`"
        }
        if status == 403 {
            return "the credentials lack the oms:synctask permission for this operation: ask an IAM administrator"
        }
        return nil
    }
}
