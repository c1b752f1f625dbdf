import FoundationEssentials
import NIOSSL
import OMSWords

/// Checks a CA file before any connection: it must be readable and hold PEM certificates.
enum CertificateAuthorityFile {
    /// The path to use (with a leading `~/` expanded), or an error naming `source` and the file.
    static func check(_ written: String, source: String, environment: [String: String]) throws(ConfigurationError) -> String {
        var path = written
        if path.hasPrefix("~/"), let home = environment["HOME"] { path = home + path.dropFirst() }
        guard FileManager.default.fileExists(atPath: path) else {
            throw .unusableCAFile(path: path, source: source, reason: Wording(.reasonNoSuchFile))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unusableCAFile(path: path, source: source, reason: Wording(.reasonPermission))
        }
        guard let certificates = try? NIOSSLCertificate.fromPEMFile(path), !certificates.isEmpty else {
            throw .unusableCAFile(path: path, source: source, reason: Wording(.reasonNotPEM))
        }
        return path
    }
}
