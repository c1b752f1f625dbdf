/// The error body the service and its gateway send: `{"error_code", "error_msg", "request_id"}`.
public struct APIErrorBody: Codable, Hashable, Sendable {
    public var errorCode: String?
    public var errorMessage: String?
    public var requestID: String?

    public init(errorCode: String?, errorMessage: String?, requestID: String? = nil) {
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case errorCode = "error_code"
        case errorMessage = "error_msg"
        case requestID = "request_id"
    }
}
