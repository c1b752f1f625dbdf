import OMSWords

extension WebConfig {
    /// The web config written in `text`, every key checked: an unknown one, a value of the wrong
    /// kind, or a setting omsdash cannot honour is refused with its line, never ignored.
    public static func read(_ text: String) throws(WebConfigProblem) -> WebConfig {
        var config = WebConfig()
        for pair in try mapping(try YAMLReader.read(text), "web config") {
            switch pair.key {
            case "tls_server_config": config.tls = try tls(pair)
            case "http_server_config": config.headers = try headers(pair)
            case "basic_auth_users": config.users = try users(pair)
            case "rate_limit": throw problem(pair, .webUnsupportedField, pair.key)
            default: throw problem(pair, .webUnknownField, pair.key)
            }
        }
        return config
    }

    private static func tls(_ section: YAMLPair) throws(WebConfigProblem) -> TLS? {
        let pairs = try mapping(section.value, section.key)
        guard !pairs.isEmpty else { return nil }
        var inline: [String: String] = [:], files: [String: String] = [:]
        var clientAuth = ClientAuth.none, minimum = Version.tls12, maximum = Version.tls13
        for pair in pairs {
            let field = "\(section.key).\(pair.key)"
            switch pair.key {
            case "cert", "key", "client_ca": inline[pair.key] = try text(pair.value, field)
            case "cert_file", "key_file", "client_ca_file": files[String(pair.key.dropLast(5))] = try text(pair.value, field)
            case "client_auth_type": clientAuth = try named(pair.value, field)
            case "min_version": minimum = try named(pair.value, field)
            case "max_version": maximum = try named(pair.value, field)
            case "cipher_suites", "curve_preferences", "client_allowed_sans", "prefer_server_cipher_suites":
                throw problem(pair, .webUnsupportedField, field)
            default: throw problem(pair, .webUnknownField, field)
            }
        }
        func pem(_ name: String) throws(WebConfigProblem) -> PEM? {
            switch (inline[name], files[name]) {
            case (let text?, nil): return .inline(text)
            case (nil, let path?): return .file(path)
            case (nil, nil): return nil
            case (_?, _?):
                throw WebConfigProblem(line: section.line, Wording(.webBothGiven, ["inline": name, "file": "\(name)_file"]))
            }
        }
        guard let certificate = try pem("cert") else { throw problem(section, .webMissingField, "\(section.key).cert_file") }
        guard let key = try pem("key") else { throw problem(section, .webMissingField, "\(section.key).key_file") }
        var tls = TLS(certificate: certificate, key: key)
        tls.clientAuth = clientAuth
        tls.clientCA = try pem("client_ca")
        tls.minimumVersion = minimum
        tls.maximumVersion = maximum
        if clientAuth.verifies, tls.clientCA == nil {
            throw WebConfigProblem(line: section.line, Wording(.webClientCANeeded, ["type": clientAuth.rawValue]))
        }
        if !clientAuth.verifies, tls.clientCA != nil {
            throw WebConfigProblem(line: section.line, Wording(.webClientCAUnused, ["type": clientAuth.rawValue]))
        }
        if minimum > maximum {
            throw WebConfigProblem(line: section.line, Wording(.webVersions, ["min": minimum.rawValue, "max": maximum.rawValue]))
        }
        return tls
    }

    private static func headers(_ section: YAMLPair) throws(WebConfigProblem) -> [Header] {
        var headers: [Header] = []
        for pair in try mapping(section.value, section.key) {
            let field = "\(section.key).\(pair.key)"
            switch pair.key {
            // omsdash answers in HTTP/1.1, which every client that offers HTTP/2 also speaks.
            case "http2": _ = try boolean(pair.value, field)
            case "headers":
                for header in try mapping(pair.value, field) { headers.append(try self.header(header, in: field)) }
            default: throw problem(pair, .webUnknownField, field)
            }
        }
        return headers
    }

    /// The headers exporter-toolkit lets a config set, by their names in lower case, each with the
    /// values it takes (nil: any on one line).
    static let allowedHeaders: [String: (name: String, values: Set<String>?)] = [
        "content-security-policy": ("Content-Security-Policy", nil),
        "x-frame-options": ("X-Frame-Options", ["deny", "sameorigin"]),
        "x-content-type-options": ("X-Content-Type-Options", ["nosniff"]),
        "x-xss-protection": ("X-XSS-Protection", nil),
        "strict-transport-security": ("Strict-Transport-Security", nil),
    ]

    private static func header(_ pair: YAMLPair, in section: String) throws(WebConfigProblem) -> Header {
        let field = "\(section).\(pair.key)"
        guard let allowed = allowedHeaders[pair.key.lowercased()] else {
            let names = allowedHeaders.values.map(\.name).sorted().joined(separator: ", ")
            throw WebConfigProblem(line: pair.line, Wording(.webHeaderNotAllowed, ["field": field, "names": names]))
        }
        let value = try text(pair.value, field)
        let oneLine = value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        if let values = allowed.values, !values.contains(value.lowercased()) || !oneLine {
            throw WebConfigProblem(line: pair.line, Wording(.webHeaderValue, ["field": field, "values": values.sorted().joined(separator: ", ")]))
        }
        guard oneLine else { throw WebConfigProblem(line: pair.line, Wording(.webHeaderOneLine, ["field": field])) }
        return Header(name: allowed.name, value: value)
    }

    private static func users(_ section: YAMLPair) throws(WebConfigProblem) -> [String: BcryptHash] {
        var users: [String: BcryptHash] = [:]
        for pair in try mapping(section.value, section.key) {
            let field = "\(section.key).\(pair.key)"
            guard !pair.key.contains(":") else { throw problem(pair, .webUserName, field) }
            guard let hash = BcryptHash(try text(pair.value, field)) else { throw problem(pair, .webNotBcrypt, field) }
            users[pair.key] = hash
        }
        return users
    }

    // The kinds of value.

    private static func mapping(_ node: YAMLNode, _ field: String) throws(WebConfigProblem) -> [YAMLPair] {
        switch node.kind {
        case .mapping(let pairs): return pairs
        case .null: return []
        default: throw kind(field, node, .webKindMapping)
        }
    }

    private static func text(_ node: YAMLNode, _ field: String) throws(WebConfigProblem) -> String {
        guard case .scalar(let text, _) = node.kind, !text.isEmpty else { throw kind(field, node, .webKindText) }
        return text
    }

    private static func boolean(_ node: YAMLNode, _ field: String) throws(WebConfigProblem) -> Bool {
        guard case .scalar(let text, quoted: false) = node.kind, text == "true" || text == "false" else {
            throw kind(field, node, .webKindBoolean)
        }
        return text == "true"
    }

    private static func named<Name: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ field: String) throws(WebConfigProblem) -> Name
    where Name.RawValue == String {
        let text = try text(node, field)
        guard let name = Name(rawValue: text) else {
            let names = Name.allCases.map(\.rawValue).joined(separator: ", ")
            throw WebConfigProblem(line: node.line, Wording(.webOneOf, ["field": field, "names": names]))
        }
        return name
    }

    private static func kind(_ field: String, _ node: YAMLNode, _ expected: Message) -> WebConfigProblem {
        WebConfigProblem(line: node.line, Wording(.webKind, ["field": field], parts: ["kind": Wording(expected)]))
    }

    private static func problem(_ pair: YAMLPair, _ message: Message, _ field: String) -> WebConfigProblem {
        WebConfigProblem(line: pair.line, Wording(message, ["field": field]))
    }
}
