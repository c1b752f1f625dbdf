import OMSCore

/// Checks object-storage requests as OBS does for S3 Signature V4: the identity's key or a
/// temporary key IAM issued (with its `x-amz-security-token`), the scope's service `s3`, an
/// `x-amz-date` (or, as V4 allows and the OBS SDK sends, a `Date`) within 15 minutes, host and
/// the date signed, and the signature over the request as it came.
struct ObjectStorageAuthenticator: Sendable {
    let identity: SimulatorIdentity
    let iam: SimulatorIAM

    /// The account of a temporary key (nil for the identity's key, which reaches every bucket);
    /// throws the S3 error OBS answers.
    func caller(for request: SimulatorRequest, nowSeconds: Int64) throws(StorageError) -> Int? {
        guard let value = request.header("Authorization"), let authorization = ObjectStorageAuthorization(parsing: value) else {
            throw .accessDenied("Anonymous access is not allowed: sign the request with AWS4-HMAC-SHA256.")
        }
        let secret: Secret
        var account: Int?
        if authorization.accessKey == identity.accessKey, !iam.sourceRevoked(now: nowSeconds * 1000) {
            secret = identity.secretKey
        } else if let issued = iam.issuedKey(authorization.accessKey) {
            guard request.header("x-amz-security-token") == issued.securityToken else {
                throw StorageError(status: 403, code: "InvalidToken", message: "The provided token is malformed or otherwise invalid.")
            }
            guard nowSeconds * 1000 < issued.expiresAt else {
                throw StorageError(status: 400, code: "ExpiredToken", message: "The provided token has expired.")
            }
            secret = issued.secret
            account = issued.account
        } else {
            throw StorageError(status: 403, code: "InvalidAccessKeyId", message: "The access key Id you provided does not exist in our records.")
        }
        let dateHeader = request.header("x-amz-date") != nil ? "x-amz-date" : "date"
        guard let dateText = request.header("x-amz-date") ?? request.header("Date").flatMap(Self.basicDate),
            let date = SigningDate.parse(dateText), dateText.hasPrefix(authorization.day)
        else {
            throw .accessDenied("x-amz-date (or Date) is missing, malformed or not the day of the credential scope.")
        }
        guard abs(nowSeconds - date) <= RequestAuthenticator.maxSkewSeconds else {
            throw StorageError(status: 403, code: "RequestTimeTooSkewed", message: "The difference between the request time and the server's time is too large.")
        }
        let signed = Set(authorization.signedHeaders)
        guard signed.contains("host"), signed.contains(dateHeader) else {
            throw .accessDenied("host and \(dateHeader) must be signed.")
        }
        if request.header("x-amz-security-token") != nil, !signed.contains("x-amz-security-token") {
            throw .accessDenied("x-amz-security-token must be signed.")
        }
        let signable = SignableRequest(method: request.method, path: request.path, query: request.query, headers: request.headers)
        let canonical = ObjectStorageSigner.canonicalRequest(signable, signedHeaders: authorization.signedHeaders)
        let expected = ObjectStorageSigner.signature(
            stringToSign: ObjectStorageSigner.stringToSign(canonicalRequest: canonical, date: dateText, region: authorization.region),
            secretKey: secret, date: dateText, region: authorization.region)
        guard expected == authorization.signature else {
            throw StorageError(
                status: 403, code: "SignatureDoesNotMatch",
                message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.")
        }
        return account
    }

    /// An HTTP date (`Mon, 07 Dec 2026 11:05:00 GMT`) as `20261207T110500Z`.
    static func basicDate(_ text: String) -> String? {
        let parts = text.split(separator: " ")
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard parts.count == 6, parts[5] == "GMT", let month = months.firstIndex(of: String(parts[2])), parts[1].count == 2,
            parts[3].count == 4, parts[4].count == 8
        else { return nil }
        let time = parts[4].filter { $0 != ":" }
        return "\(parts[3])\(month < 9 ? "0" : "")\(month + 1)\(parts[1])T\(time)Z"
    }
}

/// An S3 error answer: status, code and message, written as OBS writes them, in XML.
struct StorageError: Error, Sendable {
    var status: Int
    var code: String
    var message: String

    static func accessDenied(_ message: String = "Access Denied") -> Self { Self(status: 403, code: "AccessDenied", message: message) }
    static let noSuchBucket = Self(status: 404, code: "NoSuchBucket", message: "The specified bucket does not exist.")
    static let noSuchKey = Self(status: 404, code: "NoSuchKey", message: "The specified key does not exist.")

    func response(requestID: String, resource: String) -> SimulatorResponse {
        let body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>\(code)</Code><Message>\(XMLEscaping.escape(message))</Message>"
            + "<Resource>\(XMLEscaping.escape(resource))</Resource><RequestId>\(requestID)</RequestId></Error>"
        return SimulatorResponse(status: status, contentType: "application/xml", body: Array(body.utf8))
    }
}

/// Text escaped for XML's character data.
enum XMLEscaping {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
