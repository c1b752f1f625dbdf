import OMSCore

/// The last error, as the status bar shows it: code, one-line message and request id.
public struct ErrorReport: Error, Sendable, Equatable {
    public var code: String?
    /// What failed and the fix, as words of the table; control characters of its values written out.
    public var wording: Wording
    public var requestID: String?
    public var isAuthenticationFailure: Bool
    /// Whether the service said the task does not exist (HTTP 404).
    public var isNotFound: Bool
    /// The credentials the call used, as safe to show ("AK ABC…"), when known.
    public var credentials: String?
    /// The HTTP status of the answer; nil when none came (network, timeout).
    public var httpStatus: Int?
    /// Whether the endpoint gave no answer at all: the connection was refused or closed, or the
    /// answer timed out. (A key that could not be had sends nothing, and is not this.)
    public var isUnanswered: Bool
    /// How long the service asked to be left alone (a throttle's Retry-After), in ms; never more
    /// than `maxRetryAfterMilliseconds`.
    public var retryAfterMilliseconds: Int64?

    /// The longest Retry-After honoured: a wait named beyond it is taken as this.
    public static let maxRetryAfterMilliseconds: Int64 = 600_000

    public init(
        code: String? = nil, wording: Wording, requestID: String? = nil, isAuthenticationFailure: Bool = false,
        isNotFound: Bool = false, credentials: String? = nil, httpStatus: Int? = nil, isUnanswered: Bool = false,
        retryAfterMilliseconds: Int64? = nil
    ) {
        self.isUnanswered = isUnanswered
        self.retryAfterMilliseconds = retryAfterMilliseconds.map { min(max(0, $0), Self.maxRetryAfterMilliseconds) }
        self.code = code
        self.wording = wording.escapingControlCharacters
        self.requestID = requestID
        self.isAuthenticationFailure = isAuthenticationFailure
        self.isNotFound = isNotFound
        self.credentials = credentials
        self.httpStatus = httpStatus
    }

    /// A report of words that read the same in every language.
    public init(
        code: String? = nil, message: String, requestID: String? = nil, isAuthenticationFailure: Bool = false,
        isNotFound: Bool = false, credentials: String? = nil, httpStatus: Int? = nil, isUnanswered: Bool = false,
        retryAfterMilliseconds: Int64? = nil
    ) {
        self.init(
            code: code, wording: .verbatim(message), requestID: requestID, isAuthenticationFailure: isAuthenticationFailure,
            isNotFound: isNotFound, credentials: credentials, httpStatus: httpStatus, isUnanswered: isUnanswered,
            retryAfterMilliseconds: retryAfterMilliseconds)
    }

    /// The report of a failed API call.
    public init(_ error: OMSError) {
        var credentials: String?
        if case .service(let failure) = error { credentials = failure.operation.credentials }
        self.init(
            code: error.errorCode, wording: error.wording, requestID: error.requestID,
            isAuthenticationFailure: error.isAuthenticationFailure, isNotFound: error.httpStatus == 404,
            credentials: credentials, httpStatus: error.httpStatus, isUnanswered: error.isUnanswered,
            retryAfterMilliseconds: error.retryAfterSeconds.flatMap(Self.milliseconds))
    }

    /// A Retry-After's seconds as whole milliseconds within what an Int64 holds; nil for NaN, which
    /// `Double("nan")` reads from a header as readily as a number.
    private static func milliseconds(_ seconds: Double) -> Int64? {
        seconds.isNaN ? nil : Int64(min(max(seconds, 0), Double(maxRetryAfterMilliseconds) / 1000) * 1000)
    }

    /// The one-line message in English, as logs, JSON and hooks take it.
    public var message: String { text(in: .english) }

    /// The one-line message in `language`.
    public func text(in language: Language) -> String { wording.text(language) }
}
