import OMSCore

/// The last error, as the status bar shows it: code, one-line message and request id.
public struct ErrorReport: Error, Sendable, Equatable {
    public var code: String?
    public var message: String
    public var requestID: String?
    public var isAuthenticationFailure: Bool

    public init(code: String? = nil, message: String, requestID: String? = nil, isAuthenticationFailure: Bool = false) {
        self.code = code
        self.message = message
        self.requestID = requestID
        self.isAuthenticationFailure = isAuthenticationFailure
    }

    /// The report of a failed API call.
    public init(_ error: OMSError) {
        self.init(
            code: error.errorCode, message: error.message, requestID: error.requestID,
            isAuthenticationFailure: error.isAuthenticationFailure)
    }
}
