import ExporterCore
import FoundationEssentials
import NIOSSL
import OMSCore

/// The TLS server a web config's `tls_server_config` describes: its certificate and key (files
/// are read relative to the web config's own folder, as exporter-toolkit reads them), the TLS
/// versions, and how client certificates are asked for and checked.
struct WebServerTLS: Sendable {
    let context: NIOSSLContext
    /// Whether a client's certificate is taken without checking it against a CA (RequestClientCert,
    /// RequireAnyClientCert): the handshake then accepts any.
    let acceptsAnyClientCertificate: Bool

    init(_ tls: WebConfig.TLS, folder: String) throws(WebConfigProblem) {
        let chain = try Self.certificates(tls.certificate, field: "cert", folder: folder)
        let key = try Self.key(tls.key, folder: folder)
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        configuration.minimumTLSVersion = Self.version(tls.minimumVersion)
        configuration.maximumTLSVersion = Self.version(tls.maximumVersion)
        switch tls.clientAuth {
        case .none: configuration.certificateVerification = .none
        case .request, .verifyIfGiven: configuration.certificateVerification = .optionalVerification
        case .requireAny, .requireAndVerify: configuration.certificateVerification = .noHostnameVerification
        }
        if let clientCA = tls.clientCA {
            configuration.trustRoots = .certificates(try Self.certificates(clientCA, field: "client_ca", folder: folder))
        }
        do {
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            throw WebConfigProblem(line: nil, Wording(.webTLSUnusable, parts: ["reason": .verbatim("\(error)")]))
        }
        acceptsAnyClientCertificate = tls.clientAuth == .request || tls.clientAuth == .requireAny
    }

    /// The handler that speaks TLS on one accepted connection.
    func handler() -> NIOSSLServerHandler {
        guard acceptsAnyClientCertificate else { return NIOSSLServerHandler(context: context) }
        return NIOSSLServerHandler(context: context) { _, promise in promise.succeed(.certificateVerified) }
    }

    private static func version(_ version: WebConfig.Version) -> TLSVersion {
        switch version {
        case .tls10: .tlsv1
        case .tls11: .tlsv11
        case .tls12: .tlsv12
        case .tls13: .tlsv13
        }
    }

    private static func bytes(_ pem: WebConfig.PEM, field: String, folder: String) throws(WebConfigProblem) -> (bytes: [UInt8], field: String) {
        switch pem {
        case .inline(let text): return (Array(text.utf8), "tls_server_config.\(field)")
        case .file(let written):
            let path = written.hasPrefix("/") ? written : folder + "/" + written
            let field = "tls_server_config.\(field)_file \(path)"
            guard FileManager.default.fileExists(atPath: path) else { throw unusable(field, Wording(.reasonNoSuchFile)) }
            guard let data = FileManager.default.contents(atPath: path) else { throw unusable(field, Wording(.reasonPermission)) }
            return (Array(data), field)
        }
    }

    private static func certificates(_ pem: WebConfig.PEM, field: String, folder: String) throws(WebConfigProblem) -> [NIOSSLCertificate] {
        let (bytes, named) = try Self.bytes(pem, field: field, folder: folder)
        guard let certificates = try? NIOSSLCertificate.fromPEMBytes(bytes), !certificates.isEmpty else {
            throw unusable(named, Wording(.reasonNotPEM))
        }
        return certificates
    }

    private static func key(_ pem: WebConfig.PEM, folder: String) throws(WebConfigProblem) -> NIOSSLPrivateKey {
        let (bytes, named) = try Self.bytes(pem, field: "key", folder: folder)
        guard let key = try? NIOSSLPrivateKey(bytes: bytes, format: .pem) else { throw unusable(named, Wording(.webNotPEMKey)) }
        return key
    }

    private static func unusable(_ field: String, _ reason: Wording) -> WebConfigProblem {
        WebConfigProblem(line: nil, Wording(.webPEMUnusable, ["field": field], parts: ["reason": reason]))
    }
}
