/// An error answer of the simulated service: status, error_code and error_msg.
struct SimulatorError: Error, Sendable {
    var status: Int
    var code: String
    var message: String

    static func invalidParameter(_ detail: String) -> Self {
        Self(status: 400, code: "OMS.0064", message: "Invalid request parameters. \(detail)")
    }

    static let noSuchTask = Self(status: 404, code: "OMS.1009", message: "No resources found.")
    static let noSuchAPI = Self(
        status: 404, code: "APIGW.0101", message: "The API does not exist or has not been published in the environment")

    static func unauthorized(_ detail: String) -> Self {
        Self(status: 401, code: "APIGW.0301", message: "Incorrect IAM authentication information: \(detail)")
    }
}
