import OMSWords

/// A failed API call, with what a person needs to act on it.
///
/// `message` is one line that names the fix for the common cases; it never holds a secret.
public enum OMSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The service answered with an error status.
    case service(ServiceFailure)
    /// Object storage (a task's destination bucket) answered with an error status.
    case storage(StorageFailure)
    /// No connection could be made to the endpoint.
    case unreachable(endpoint: String, reason: Wording)
    /// The endpoint did not answer in time.
    case timedOut(endpoint: String, seconds: Double)
    /// The service answered with a body that is not the JSON the API documents.
    case invalidResponse(status: Int, requestID: String?, detail: String)
    /// A request argument is out of the documented range; nothing was sent.
    case invalidArgument(Wording)
    /// The proxy could not be reached or refused the request; `proxy` is named without its password.
    case proxy(proxy: String, reason: Wording)
    /// The endpoint's certificate did not verify against the trusted CAs.
    case untrustedCertificate(host: String)
    /// No key to sign with: the temporary credential could not be had or renewed; nothing was sent.
    case credentials(CredentialFailure)

    /// The HTTP status, when the service answered.
    public var httpStatus: Int? {
        switch self {
        case .service(let failure): failure.status
        case .storage(let failure): failure.status
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

    /// The seconds the service asked to wait before the next request, when it named them.
    public var retryAfterSeconds: Double? {
        if case .service(let failure) = self { return failure.retryAfterSeconds }
        return nil
    }

    /// Whether the endpoint gave no answer at all: the connection was refused or closed, or the
    /// answer timed out.
    public var isUnanswered: Bool {
        switch self {
        case .unreachable, .timedOut: true
        default: false
        }
    }

    /// One line for a person, in English: what failed and how to fix it.
    public var message: String { message(in: .english) }

    /// One line for a person in `language`. Control characters from the service's answer are
    /// written out.
    public func message(in language: Language) -> String { wording.text(language).escapingControlCharacters }

    /// What failed and how to fix it, as words of the table.
    public var wording: Wording {
        switch self {
        case .service(let failure):
            failure.wording
        case .storage(let failure):
            failure.wording
        case .unreachable(let endpoint, let reason):
            Wording(.errorUnreachable, ["endpoint": endpoint], parts: ["reason": reason])
        case .timedOut(let endpoint, let seconds):
            Wording(.errorTimedOut, ["endpoint": endpoint, "seconds": Self.format(seconds)])
        case .invalidResponse(let status, let requestID, let detail):
            if let requestID {
                Wording(.errorInvalidResponseRequest, ["status": String(status), "detail": detail, "id": requestID])
            } else {
                Wording(.errorInvalidResponse, ["status": String(status), "detail": detail])
            }
        case .invalidArgument(let wording):
            wording
        case .proxy(let proxy, let reason):
            Wording(.errorProxy, ["proxy": proxy], parts: ["reason": reason])
        case .untrustedCertificate(let host):
            Wording(.errorUntrusted, ["host": host])
        case .credentials(let failure):
            failure.wording
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
    /// The 401 refused a temporary key before its expiry, and its early renewal has started: the
    /// next request goes with the new key, so polling goes on.
    public var keyRenewing = false
    /// The seconds the service asked the caller to wait before asking again (a 429's or 503's
    /// Retry-After), when it named them.
    public var retryAfterSeconds: Double?

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

    public init(
        status: Int, errorCode: String?, errorMessage: String?, requestID: String?, operation: Operation,
        keyRenewing: Bool = false, retryAfterSeconds: Double? = nil
    ) {
        self.keyRenewing = keyRenewing
        self.retryAfterSeconds = retryAfterSeconds
        self.status = status
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.requestID = requestID
        self.operation = operation
    }

    /// The regions whose documentation offers statistics, start and stop.
    public static let regionsWithStatistics = ["cn-north-4", "cn-east-3", "cn-southwest-2"]

    /// Whether the gateway refused the credentials (401, or APIGW.0301 in any status).
    /// A temporary key refused before its expiry is renewed instead: that is no refusal to stop at.
    public var isAuthenticationFailure: Bool { (status == 401 || errorCode == "APIGW.0301") && !keyRenewing }

    /// One line in English: the code, the service's message, the request id, and the fix.
    public var message: String { wording.english.escapingControlCharacters }

    /// The code, the service's message (its own words), the request id, and the fix.
    public var wording: Wording {
        var line = errorCode.map { Wording(.serviceCodeStatus, ["code": $0, "status": String(status)]) }
            ?? Wording(.serviceStatus, ["status": String(status)])
        if let errorMessage, !errorMessage.isEmpty { line = Wording(.serviceSaid, ["said": errorMessage], parts: ["head": line]) }
        if let requestID { line = Wording(.serviceRequest, ["id": requestID], parts: ["line": line]) }
        if let fix { line = Wording(.serviceWithFix, parts: ["line": line, "fix": fix]) }
        return line
    }

    /// The fix for the common cases, if this is one.
    public var fix: Wording? {
        if keyRenewing { return Wording(.fixKeyRenewing) }
        if isAuthenticationFailure {
            return operation.credentials.map { Wording(.fixRefusedBy, ["credentials": $0]) } ?? Wording(.fixRefused)
        }
        if status == 429 || errorCode == "APIGW.0308" {
            return Wording(.fixThrottled)
        }
        let offeredOnlyInSomeRegions = ["statistics", "start", "stop", "sync-objects"].contains(operation.name)
        if offeredOnlyInSomeRegions, errorCode == "APIGW.0101",
            let region = operation.region, RegionTable.isKnown(region), !Self.regionsWithStatistics.contains(region)
        {
            return Wording(.fixRegionOnly, [
                "operation": operation.name, "regions": Self.regionsWithStatistics.joined(separator: ", "), "region": region,
            ])
        }
        if status == 404, let taskID = operation.taskID {
            return Wording(.fixNoTask, ["id": taskID])
        }
        if status == 403 {
            return Wording(.fixPermission)
        }
        return nil
    }
}
