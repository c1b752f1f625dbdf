import Foundation

/// A private CA and a server certificate for 127.0.0.1 signed by it, made with openssl for one test.
struct TestCertificates {
    let directory: String
    var caCertificate: String { directory + "/ca.pem" }
    var serverCertificate: String { directory + "/server.pem" }
    var serverKey: String { directory + "/server.key" }

    init() throws {
        directory = Binary.scratchDirectory()
        let extensions = directory + "/server.ext"
        try "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
            .write(toFile: extensions, atomically: true, encoding: .utf8)
        let steps: [[String]] = [
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", directory + "/ca.key", "-out", caCertificate,
             "-days", "2", "-subj", "/CN=omsdash test CA"],
            ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", serverKey, "-out", directory + "/server.csr",
             "-subj", "/CN=127.0.0.1"],
            ["openssl", "x509", "-req", "-in", directory + "/server.csr", "-CA", caCertificate, "-CAkey", directory + "/ca.key",
             "-CAcreateserial", "-out", serverCertificate, "-days", "2", "-extfile", extensions],
        ]
        try Self.run(steps)
    }

    /// A client certificate signed by the same CA, for TLS client authentication.
    func clientCertificate() throws -> (certificate: String, key: String) {
        let (certificate, key, extensions) = (directory + "/client.pem", directory + "/client.key", directory + "/client.ext")
        try "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n".write(toFile: extensions, atomically: true, encoding: .utf8)
        let steps: [[String]] = [
            ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", directory + "/client.csr", "-subj", "/CN=prometheus"],
            ["openssl", "x509", "-req", "-in", directory + "/client.csr", "-CA", caCertificate, "-CAkey", directory + "/ca.key",
             "-CAcreateserial", "-out", certificate, "-days", "2", "-extfile", extensions],
        ]
        try Self.run(steps)
        return (certificate, key)
    }

    private static func run(_ steps: [[String]]) throws {
        for step in steps {
            let outcome = Spawn.run(step)
            guard outcome.status == 0 else { throw E2EError("\(step.prefix(2).joined(separator: " ")) failed: \(outcome.output)") }
        }
    }
}
