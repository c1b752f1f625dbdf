/// The `Authorization: SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` header.
public struct AuthorizationHeader: Hashable, Sendable {
    public var accessKey: String
    public var signedHeaders: [String]
    public var signature: String

    public init(accessKey: String, signedHeaders: [String], signature: String) {
        self.accessKey = accessKey
        self.signedHeaders = signedHeaders
        self.signature = signature
    }

    /// The header's value.
    public var value: String {
        "\(RequestSigner.algorithm) Access=\(accessKey), SignedHeaders=\(signedHeaders.joined(separator: ";")), Signature=\(signature)"
    }

    /// Parses a header value; `nil` unless it is a well-formed SDK-HMAC-SHA256 authorization.
    public init?(parsing value: String) {
        guard let fields = Self.fields(of: value, algorithm: RequestSigner.algorithm) else { return nil }
        guard let access = fields["Access"], let names = fields["SignedHeaders"], let signature = fields["Signature"],
            !access.isEmpty, !names.isEmpty, !signature.isEmpty
        else { return nil }
        self.init(accessKey: access, signedHeaders: names.split(separator: ";").map(String.init), signature: signature)
    }

    /// The `Name=value` fields of an Authorization header of `algorithm`, the SDK's and S3 V4's
    /// alike; nil when it is of another algorithm or a field has no value.
    static func fields(of value: String, algorithm: String) -> [String: String]? {
        let prefix = algorithm + " "
        guard value.hasPrefix(prefix) else { return nil }
        var fields: [String: String] = [:]
        for part in value.dropFirst(prefix.count).split(separator: ",") {
            let pair = String(part).trimmingWhitespace().split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            fields[String(pair[0])] = String(pair[1])
        }
        return fields
    }
}
