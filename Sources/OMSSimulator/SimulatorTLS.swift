import NIOSSL

/// The certificate and key the simulator serves HTTPS with (`--tls-cert`, `--tls-key`).
public struct SimulatorTLS: Sendable {
    public var certificatePath: String
    public var keyPath: String

    public init(certificatePath: String, keyPath: String) {
        self.certificatePath = certificatePath
        self.keyPath = keyPath
    }

    /// Why the files cannot be served with, in one line.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The server's TLS context, or a failure naming the file at fault.
    func context() throws -> NIOSSLContext {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificatePath)
        } catch {
            throw Failure(description: "\(certificatePath): not a readable PEM certificate")
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: keyPath, format: .pem)
        } catch {
            throw Failure(description: "\(keyPath): not a readable PEM private key")
        }
        guard !chain.isEmpty else { throw Failure(description: "\(certificatePath): holds no certificate") }
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw Failure(description: "\(certificatePath) and \(keyPath) do not make a TLS context (does the key match?)")
        }
    }
}
