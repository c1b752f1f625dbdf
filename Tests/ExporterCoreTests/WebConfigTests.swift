import ExporterCore
import FoundationEssentials
import OMSWords
import Testing

@Suite("The exporter's web config: exporter-toolkit's YAML, every key checked")
struct WebConfigTests {
    /// "correct horse" at cost 10, in the `$2y$` form `htpasswd -nBC 10` writes.
    static let hash = "$2y$10$wqPoizNVlT/Y1K/Ir5aSFeRvranrnYN.NNihzBQ6vTLy5/bBQfxWu"

    func problem(_ text: String) -> (line: Int?, text: String)? {
        do {
            _ = try WebConfig.read(text)
            return nil
        } catch {
            return (error.line, error.reason.text(.english))
        }
    }

    @Test("node_exporter's own example reads: TLS from files, a client CA, versions, users, headers")
    func fullExample() throws {
        let config = try WebConfig.read("""
            # A web config, as node_exporter documents it.
            ---
            tls_server_config:
              cert_file: server.crt   # the chain
              key_file: "server.key"
              client_auth_type: RequireAndVerifyClientCert
              client_ca_file: 'ca.crt'
              min_version: TLS13

            http_server_config:
              http2: false
              headers:
                X-Frame-Options: deny
                Strict-Transport-Security: max-age=31536000; includeSubDomains

            basic_auth_users:
              prometheus: \(Self.hash)
              "grafana": '\(Self.hash)'
            """)
        let tls = try #require(config.tls)
        #expect(tls.certificate == .file("server.crt") && tls.key == .file("server.key") && tls.clientCA == .file("ca.crt"))
        #expect(tls.clientAuth == .requireAndVerify && tls.minimumVersion == .tls13 && tls.maximumVersion == .tls13)
        #expect(config.headers == [
            .init(name: "X-Frame-Options", value: "deny"),
            .init(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains"),
        ])
        #expect(config.users.keys.sorted() == ["grafana", "prometheus"])
        #expect(config.requiresAuthentication("/metrics") && config.requiresAuthentication("/"))
        #expect(!config.requiresAuthentication("/-/healthy") && !config.requiresAuthentication("/-/ready"), "probes stay open")
    }

    @Test("an empty file, or one of comments, is plain HTTP to anyone")
    func empty() throws {
        #expect(try WebConfig.read("") == WebConfig())
        #expect(try WebConfig.read("# nothing yet\n---\n") == WebConfig())
        #expect(try WebConfig.read("tls_server_config:\nbasic_auth_users:\n") == WebConfig())
        #expect(!WebConfig().requiresAuthentication("/metrics"))
    }

    @Test("inline PEM in literal blocks keeps its lines")
    func inlinePEM() throws {
        let config = try WebConfig.read("""
            tls_server_config:
              cert: |
                -----BEGIN CERTIFICATE-----
                MIIB
                -----END CERTIFICATE-----
              key: |-
                -----BEGIN PRIVATE KEY-----
                MIIE
                -----END PRIVATE KEY-----
            """)
        #expect(config.tls?.certificate == .inline("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"))
        #expect(config.tls?.key == .inline("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"))
    }

    @Test("each mistake is one line naming where and the fix", arguments: [
        ("basic_auth_users:\n  alice: secret\n", 2, "basic_auth_users.alice is not a bcrypt hash"),
        ("tls_server_config:\n  cert_file: a.crt\n", 1, "tls_server_config.key_file is missing"),
        ("tls_server_config:\n  cert_file: a\n  key_file: b\n  cipher_suites: [TLS_AES_128_GCM_SHA256]\n", 4,
         "tls_server_config.cipher_suites is not supported by omsdash"),
        ("tls_server_config:\n  cert_file: a\n  key_file: b\n  client_auth_type: Required\n", 4,
         "client_auth_type takes one of NoClientCert, RequestClientCert"),
        ("tls_server_config:\n  cert_file: a\n  key_file: b\n  client_auth_type: RequireAndVerifyClientCert\n", 1,
         "checks client certificates: give client_ca_file"),
        ("tls_server_config:\n  cert_file: a\n  key_file: b\n  min_version: TLS13\n  max_version: TLS12\n", 1,
         "min_version TLS13 is above max_version TLS12"),
        ("tls_server_config:\n  cert: x\n  cert_file: a\n  key_file: b\n", 1, "both cert and cert_file are given"),
        ("tls_sever_config:\n  cert_file: a\n", 1, "tls_sever_config is not a field of the web config"),
        ("http_server_config:\n  headers:\n    Server: omsdash\n", 3, "a web config sets only Content-Security-Policy"),
        ("http_server_config:\n  headers:\n    X-Frame-Options: allow\n", 3, "X-Frame-Options takes deny, sameorigin"),
        ("http_server_config:\n  http2: yes please\n", 2, "http_server_config.http2 takes true or false"),
        ("basic_auth_users: [alice]\n", 1, "basic_auth_users takes keys below it"),
        ("basic_auth_users:\n  alice: x\n  alice: y\n", 3, "alice is given twice"),
        ("basic_auth_users:\n\talice: x\n", 2, "a tab indents this line"),
        ("basic_auth_users:\n  alice: &hash x\n", 2, "YAML's &anchor is not taken"),
        ("basic_auth_users: {alice: x}\n", 1, "YAML's {flow mapping} is not taken"),
        ("basic_auth_users:\n  alice: \"x\n", 2, "the \" opened here is not closed"),
        ("basic_auth_users:\n  alice: x\n   bob: y\n", 3, "indented unlike the lines of its block"),
        ("a: 1\n---\nb: 2\n", 2, "a second document"),
        ("just words\n", 1, "expected key: value"),
    ])
    func mistakes(text: String, line: Int, says: String) {
        let found = problem(text)
        #expect(found?.line == line, "\(String(describing: found))")
        #expect(found?.text.contains(says) == true, "\(String(describing: found))")
    }

    @Test("quoted scalars: escapes, doubled quotes, and a # inside quotes is no comment")
    func scalars() throws {
        let root = try YAMLReader.read(#"""
            a: "tab\there \u00e9 \"q\""
            b: 'it''s # not a comment'
            c: plain # a comment
            d: [x, "y, z", 'w']
            e: ~
            """#)
        guard case .mapping(let pairs) = root.kind else { Issue.record("no mapping"); return }
        #expect(pairs.map(\.key) == ["a", "b", "c", "d", "e"])
        #expect(pairs[0].value.kind == .scalar("tab\there é \"q\"", quoted: true))
        #expect(pairs[1].value.kind == .scalar("it's # not a comment", quoted: true))
        #expect(pairs[2].value.kind == .scalar("plain", quoted: false))
        #expect(pairs[3].value.kind == .list([
            YAMLNode(.scalar("x", quoted: false), line: 4), YAMLNode(.scalar("y, z", quoted: true), line: 4),
            YAMLNode(.scalar("w", quoted: true), line: 4),
        ]))
        #expect(pairs[4].value.kind == .null)
    }
}

@Suite("Basic authentication: bcrypt by the C library, answers kept, unknown users cost the same")
struct BasicAuthenticationTests {
    static let hash = BcryptHash(WebConfigTests.hash)!

    @Test("bcrypt hashes: the three prefixes and costs 04-31 read; anything else does not")
    func hashes() {
        #expect(BcryptHash(WebConfigTests.hash) != nil)
        #expect(BcryptHash("$2b$04$NKfkI2Sz.2OE0nL.OoCoN.AqYpqJZV5hF1u0RpnnQygSvdsRnSTQi") != nil)
        #expect(BcryptHash("$2a$04$NKfkI2Sz.2OE0nL.OoCoN.AqYpqJZV5hF1u0RpnnQygSvdsRnSTQi") != nil)
        #expect(BcryptHash("$2x$04$NKfkI2Sz.2OE0nL.OoCoN.AqYpqJZV5hF1u0RpnnQygSvdsRnSTQi") == nil)
        #expect(BcryptHash("$2b$03$NKfkI2Sz.2OE0nL.OoCoN.AqYpqJZV5hF1u0RpnnQygSvdsRnSTQi") == nil)
        #expect(BcryptHash("$2b$04$NKfkI2Sz.2OE0nL.OoCoN.AqYpqJZV5hF1u0RpnnQygSvdsRnSTQ") == nil)
        #expect(BcryptHash("$6$rounds=5000$salt$hash") == nil, "SHA-512 crypt is not bcrypt")
        #expect(BcryptHash("correct horse") == nil)
        #expect(BcryptHash(WebConfigTests.hash)?.cost == 10)
    }

    @Test("the right password matches, a wrong one, a NUL or an empty one does not")
    func matches() {
        #expect(Self.hash.matches(Array("correct horse".utf8)))
        #expect(!Self.hash.matches(Array("correct horsE".utf8)))
        #expect(!Self.hash.matches(Array("correct horse\u{0}".utf8)))
        #expect(!Self.hash.matches([UInt8]()))
        #expect(!Self.hash.decoy.matches(Array("correct horse".utf8)) && Self.hash.decoy.text.hasPrefix("$2y$10$"))
    }

    @Test("the Authorization header: Basic, base64 of user:password, the password's own colons kept")
    func header() {
        let encoded = Data("alice:pa:ss".utf8).base64EncodedString()
        #expect(BasicAuthentication.credentials(from: "Basic \(encoded)").map { [$0.user, String(decoding: $0.password, as: UTF8.self)] } == ["alice", "pa:ss"])
        #expect(BasicAuthentication.credentials(from: "basic \(encoded)")?.user == "alice")
        #expect(BasicAuthentication.credentials(from: "Bearer \(encoded)") == nil)
        #expect(BasicAuthentication.credentials(from: "Basic !!!") == nil)
        #expect(BasicAuthentication.credentials(from: "Basic \(Data("no colon".utf8).base64EncodedString())") == nil)
        #expect(BasicAuthentication.credentials(from: nil) == nil)
    }

    @Test("an answer is checked once and then known, for users and unknown names alike")
    func keptAnswers() {
        let authentication = BasicAuthentication(users: ["prometheus": Self.hash])
        let good = Array("correct horse".utf8), bad = Array("guess".utf8)
        #expect(authentication.knownAnswer(user: "prometheus", password: good) == nil)
        #expect(authentication.check(user: "prometheus", password: good))
        #expect(authentication.knownAnswer(user: "prometheus", password: good) == true)
        #expect(!authentication.check(user: "prometheus", password: bad))
        #expect(authentication.knownAnswer(user: "prometheus", password: bad) == false)
        #expect(!authentication.check(user: "mallory", password: good), "an unknown user is refused, whatever the password")
        #expect(authentication.knownAnswer(user: "mallory", password: good) == false)
    }
}
