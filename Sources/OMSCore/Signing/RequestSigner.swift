import Crypto

/// Signs requests with an access key and secret key, byte for byte as the official SDK does
/// (SDK-HMAC-SHA256).
public struct RequestSigner: Sendable {
    /// The algorithm name that starts the string to sign and the Authorization header.
    public static let algorithm = "SDK-HMAC-SHA256"
    /// The hex SHA-256 of an empty body.
    public static let emptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    public let accessKey: String
    public let secretKey: Secret

    public init(accessKey: String, secretKey: Secret) {
        self.accessKey = accessKey
        self.secretKey = secretKey
    }

    /// The canonical request: method, URI, query, headers, signed header names and body hash.
    public static func canonicalRequest(_ request: SignableRequest, signedHeaders: [String]) -> String {
        let headerLines = signedHeaders.map { "\($0):\(request.headerValue($0) ?? "")\n" }.joined()
        return [
            request.method.uppercased(),
            request.canonicalURI,
            request.canonicalQuery,
            headerLines,
            signedHeaders.joined(separator: ";"),
            request.body.isEmpty ? emptyBodyHash : hexSHA256(request.body),
        ].joined(separator: "\n")
    }

    /// The string to sign for a canonical request at an `X-Sdk-Date`.
    public static func stringToSign(canonicalRequest: String, date: String) -> String {
        "\(algorithm)\n\(date)\n\(hexSHA256(Array(canonicalRequest.utf8)))"
    }

    /// The hex HMAC-SHA256 of the string to sign under `key`.
    public static func signature(stringToSign: String, key: Secret) -> String {
        let mac = HMAC<SHA256>.authenticationCode(
            for: Array(stringToSign.utf8), using: SymmetricKey(data: Array(key.reveal().utf8)))
        return hex(Array(mac))
    }

    /// The signature of `request`, which must already carry its `X-Sdk-Date` and `Host` headers.
    public func signature(for request: SignableRequest, signedHeaders: [String]) -> String {
        let canonical = Self.canonicalRequest(request, signedHeaders: signedHeaders)
        let date = request.headerValue("X-Sdk-Date") ?? ""
        return Self.signature(stringToSign: Self.stringToSign(canonicalRequest: canonical, date: date), key: secretKey)
    }

    /// The Authorization header value for `request`, signing every header it carries except those with "_".
    public func authorization(for request: SignableRequest) -> String {
        let names = request.signableHeaderNames
        let signature = signature(for: request, signedHeaders: names)
        return AuthorizationHeader(accessKey: accessKey, signedHeaders: names, signature: signature).value
    }

    static func hexSHA256(_ bytes: [UInt8]) -> String {
        hex(Array(SHA256.hash(data: bytes)))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
