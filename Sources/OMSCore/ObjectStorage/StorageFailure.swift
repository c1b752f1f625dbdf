import OMSWords

/// An error answer of object storage (OBS, or any S3 server): its status, its XML error code and
/// message, and which bucket and object were asked for.
public struct StorageFailure: Sendable, Hashable {
    public var status: Int
    /// `AccessDenied`, `NoSuchBucket`, `NoSuchKey`, `SignatureDoesNotMatch`…; nil when the body had none.
    public var code: String?
    public var message: String?
    public var requestID: String?
    public var endpoint: String
    public var bucket: String
    public var key: String?
    /// Who signed: a safe description of the key, never the key.
    public var credentials: String

    public init(
        status: Int, code: String?, message: String?, requestID: String?, endpoint: String, bucket: String,
        key: String?, credentials: String
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.requestID = requestID
        self.endpoint = endpoint
        self.bucket = bucket
        self.key = key
        self.credentials = credentials
    }

    /// The failure an answer's XML body describes.
    public init(status: Int, body: [UInt8], requestID: String?, endpoint: String, bucket: String, key: String?, credentials: String) {
        let error = XMLText(body).elements("Error").first
        self.init(
            status: status, code: error?.value("Code"), message: error?.value("Message"),
            requestID: requestID ?? error?.value("RequestId"), endpoint: endpoint, bucket: bucket, key: key,
            credentials: credentials)
    }

    /// Whether the key may not read the bucket: the task may be fine, its reader is not allowed.
    public var isAccessDenied: Bool { status == 403 && !isSignatureRefused }

    /// Whether the signature or the key itself was refused.
    public var isSignatureRefused: Bool {
        ["SignatureDoesNotMatch", "InvalidAccessKeyId", "RequestTimeTooSkewed", "InvalidToken", "ExpiredToken"]
            .contains(code ?? "")
    }

    /// What failed and how to fix it.
    public var wording: Wording {
        let values = [
            "bucket": bucket, "key": key ?? "", "endpoint": endpoint, "credentials": credentials,
            "code": code ?? String(status), "status": String(status), "message": message ?? "",
        ]
        let said: Wording
        if isSignatureRefused {
            said = Wording(.storageSignatureRefused, values)
        } else if status == 403 {
            said = Wording(.storageDenied, values)
        } else if code == "NoSuchBucket" {
            said = Wording(.storageNoBucket, values)
        } else if code == "NoSuchKey" {
            said = Wording(.storageNoKey, values)
        } else {
            said = Wording(.storageStatus, values)
        }
        guard let requestID else { return said }
        return Wording(.storageRequest, ["id": requestID], parts: ["said": said])
    }
}
