import Crypto

/// Signs object-storage requests with S3 Signature V4 (`AWS4-HMAC-SHA256`, service `s3`), which
/// OBS accepts beside its own signature. The payload is not hashed (`UNSIGNED-PAYLOAD`): omsdash
/// only reads, and every read has an empty body.
public struct ObjectStorageSigner: Sendable {
    /// The algorithm name that starts the string to sign and the Authorization header.
    public static let algorithm = "AWS4-HMAC-SHA256"
    /// The payload hash sent in `x-amz-content-sha256` and signed.
    public static let unsignedPayload = "UNSIGNED-PAYLOAD"
    /// The service name of the credential scope.
    public static let service = "s3"

    public let accessKey: String
    public let secretKey: Secret
    /// The region of the credential scope, such as `cn-north-4`.
    public let region: String

    public init(accessKey: String, secretKey: Secret, region: String) {
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.region = region
    }

    /// The canonical request. `request.path` is the path as sent (already encoded, each segment
    /// once, as S3 signs it); the query is sorted and encoded; `signedHeaders` are lower case.
    public static func canonicalRequest(_ request: SignableRequest, signedHeaders: [String]) -> String {
        let headerLines = signedHeaders.map { "\($0):\(request.headerValue($0) ?? "")\n" }.joined()
        return [
            request.method.uppercased(),
            request.path.isEmpty ? "/" : request.path,
            request.canonicalQuery,
            headerLines,
            signedHeaders.joined(separator: ";"),
            request.headerValue("x-amz-content-sha256") ?? unsignedPayload,
        ].joined(separator: "\n")
    }

    /// `yyyyMMdd/region/s3/aws4_request` for the day of an `x-amz-date`.
    public static func scope(date: String, region: String) -> String {
        "\(date.prefix(8))/\(region)/\(service)/aws4_request"
    }

    /// The string to sign for a canonical request at an `x-amz-date` (`yyyyMMdd'T'HHmmss'Z'`).
    public static func stringToSign(canonicalRequest: String, date: String, region: String) -> String {
        "\(algorithm)\n\(date)\n\(scope(date: date, region: region))\n\(RequestSigner.hexSHA256(Array(canonicalRequest.utf8)))"
    }

    /// The hex signature of a string to sign, with the key derived for the day and region.
    public static func signature(stringToSign: String, secretKey: Secret, date: String, region: String) -> String {
        var key = SymmetricKey(data: Array(("AWS4" + secretKey.reveal()).utf8))
        for part in [String(date.prefix(8)), region, service, "aws4_request"] {
            key = SymmetricKey(data: Array(HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key)))
        }
        return RequestSigner.hex(Array(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key)))
    }

    /// The signature of `request`, which must already carry its `x-amz-date` and `Host` headers.
    public func signature(for request: SignableRequest, signedHeaders: [String]) -> String {
        let date = request.headerValue("x-amz-date") ?? ""
        let canonical = Self.canonicalRequest(request, signedHeaders: signedHeaders)
        return Self.signature(
            stringToSign: Self.stringToSign(canonicalRequest: canonical, date: date, region: region),
            secretKey: secretKey, date: date, region: region)
    }

    /// The Authorization header value for `request`, signing every header it carries but the
    /// User-Agent (which proxies may rewrite).
    public func authorization(for request: SignableRequest) -> String {
        let names = Array(Set(request.headers.map { $0.name.lowercased() }.filter { $0 != "user-agent" })).sorted()
        let date = request.headerValue("x-amz-date") ?? ""
        return "\(Self.algorithm) Credential=\(accessKey)/\(Self.scope(date: date, region: region)), "
            + "SignedHeaders=\(names.joined(separator: ";")), Signature=\(signature(for: request, signedHeaders: names))"
    }
}

/// The fields of an `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header.
public struct ObjectStorageAuthorization: Hashable, Sendable {
    public var accessKey: String
    /// The scope's day (`yyyyMMdd`) and region.
    public var day: String
    public var region: String
    public var signedHeaders: [String]
    public var signature: String

    /// Parses a header value; nil unless it is a well-formed V4 authorization for service s3.
    public init?(parsing value: String) {
        guard let fields = AuthorizationHeader.fields(of: value, algorithm: ObjectStorageSigner.algorithm) else { return nil }
        guard let credential = fields["Credential"], let names = fields["SignedHeaders"],
            let signature = fields["Signature"], !names.isEmpty, !signature.isEmpty
        else { return nil }
        let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, !scope[0].isEmpty, scope[1].count == 8, scope[3] == ObjectStorageSigner.service,
            scope[4] == "aws4_request"
        else { return nil }
        accessKey = scope[0]
        day = scope[1]
        region = scope[2]
        signedHeaders = names.split(separator: ";").map(String.init)
        self.signature = signature
    }
}
