import Foundation
import Testing

@testable import OMSCore

@Suite("Network: proxy URLs, NO_PROXY, and what a profile resolves to")
struct NetworkSettingsTests {
    @Test("proxy URLs: scheme, credentials (percent-decoded), port, IPv6; the description never holds the password")
    func proxyURLs() throws {
        let full = try ProxyServer(parsing: "http://alice:p%40ss%3Aword@proxy.corp.example:3128/", source: "HTTPS_PROXY")
        #expect(full.host == "proxy.corp.example" && full.port == 3128 && full.user == "alice")
        #expect(full.password?.reveal() == "p@ss:word")
        #expect(full.description == "http://alice@proxy.corp.example:3128")
        #expect(try ProxyServer(parsing: "proxy:8080", source: "x") == ProxyServer(host: "proxy", port: 8080))
        #expect(try ProxyServer(parsing: "HTTP://proxy", source: "x").port == 1080, "curl's default proxy port")
        #expect(try ProxyServer(parsing: "http://[::1]:3128", source: "x").host == "::1")
        #expect(try ProxyServer(parsing: "http://[::1]:3128", source: "x").description == "http://[::1]:3128")
    }

    @Test("a bad proxy URL is a one-line error that names where it was written and never echoes a password")
    func badProxyURLs() {
        for text in ["https://alice:hunter2@proxy:3128", "socks5://proxy:1080", "http://alice:hunter2@proxy:99999", "http://:3128",
                     "http://alice:hunter2@proxy:3128/path"] {
            do {
                _ = try ProxyServer(parsing: text, source: "HTTPS_PROXY")
                Issue.record("\(text) was accepted")
            } catch {
                #expect(error.message.hasPrefix("HTTPS_PROXY: proxy: "), "\(error.message)")
                #expect(!error.message.contains("hunter2"))
                #expect(!error.message.contains("\n"))
            }
        }
    }

    @Test("NO_PROXY: names cover their subdomains, a leading dot is optional, IPs match exactly, * matches all")
    func noProxy() {
        let list = NoProxyList(" example.com, .corp.internal ,10.0.0.1,[::1], LOCALHOST")
        #expect(list.bypasses("example.com") && list.bypasses("oms.example.com") && list.bypasses("OMS.Example.COM"))
        #expect(!list.bypasses("badexample.com"))
        #expect(list.bypasses("corp.internal") && list.bypasses("iam.corp.internal"))
        #expect(list.bypasses("10.0.0.1") && !list.bypasses("110.0.0.1") && !list.bypasses("10.0.0.10"))
        #expect(list.bypasses("::1") && list.bypasses("[::1]") && list.bypasses("localhost"))
        #expect(NoProxyList("*").bypasses("oms.cn-north-4.myhuaweicloud.com"))
        #expect(!NoProxyList("").bypasses("localhost") && !NoProxyList(nil).bypasses("127.0.0.1"))
    }

    @Test("the environment: https endpoints use HTTPS_PROXY, http ones HTTP_PROXY, lowercase wins, empty means unset")
    func environment() throws {
        let found = try NetworkSettings.proxies(in: [
            "HTTPS_PROXY": "http://upper:3128", "https_proxy": "http://lower:3128", "HTTP_PROXY": "http://plain:8080",
            "no_proxy": "", "NO_PROXY": "internal.example",
        ])
        let network = NetworkSettings(httpsProxy: found.https, httpProxy: found.http, noProxy: found.noProxy)
        #expect(network.proxy(for: try Endpoint(parsing: "https://oms.cn-north-4.myhuaweicloud.com"))?.host == "lower")
        #expect(network.proxy(for: try Endpoint(parsing: "http://127.0.0.1:8080"))?.host == "plain", "loopback too, as curl")
        #expect(network.proxy(for: try Endpoint(parsing: "https://oms.internal.example")) == nil)
        #expect(try NetworkSettings.proxies(in: [:]).https == nil)
    }

    func settings(_ profile: String, environment: [String: String] = [:], caFile: String? = nil) throws -> Settings {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("omsdash-\(UUID().uuidString).json").path
        FileManager.default.createFile(atPath: path, contents: Data(#"{"profiles": [{"name": "bj", "region": "cn-north-4", "project_id": "p", \#(profile)}]}"#.utf8))
        chmod(path, 0o600)
        return try Settings.load(
            overrides: ConfigOverrides(configPath: path, caFile: caFile),
            environment: ["HUAWEICLOUD_SDK_AK": "a", "HUAWEICLOUD_SDK_SK": "b"].merging(environment) { _, new in new })
    }

    @Test("a profile's proxy wins over the environment; its user and password may be env: references")
    func profileProxy() throws {
        let environment = ["HTTPS_PROXY": "http://env-proxy:3128", "PROXY_PW": "from-env"]
        let object = try settings(#""proxy": {"url": "http://corp-proxy:8080", "user": "alice", "password": "env:PROXY_PW"}"#, environment: environment)
        let proxy = try #require(object.profiles[0].network.httpsProxy)
        #expect(proxy.host == "corp-proxy" && proxy.user == "alice" && proxy.password?.reveal() == "from-env")
        #expect(object.profiles[0].network.httpProxy == proxy)
        let text = try settings(#""proxy": "corp-proxy:8080", "no_proxy": "*""#, environment: environment)
        #expect(text.profiles[0].network.httpsProxy?.host == "corp-proxy")
        #expect(text.profiles[0].network.proxy(for: text.profiles[0].endpoint) == nil, "the profile's no_proxy")
        #expect(try settings("\"ak\": \"x\"", environment: environment).profiles[0].network.httpsProxy?.host == "env-proxy")
        #expect(throws: ConfigurationError.missingEnvironment(name: "PROXY_PW", field: "profiles[bj].proxy.password")) {
            try settings(#""proxy": {"url": "http://corp-proxy:8080", "user": "alice", "password": "env:PROXY_PW"}"#)
        }
    }

    @Test("ca_file: checked at start; --ca-file wins; a missing file or one without certificates is a config error")
    func caFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("omsdash-ca-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let notPEM = directory + "/notes.txt"
        try "not a certificate".write(toFile: notPEM, atomically: true, encoding: .utf8)
        #expect(throws: ConfigurationError.unusableCAFile(path: notPEM, source: "--ca-file", reason: Wording(.reasonNotPEM))) {
            try settings("\"ak\": \"x\"", caFile: notPEM)
        }
        do {
            _ = try settings(#""ca_file": "/nonexistent/ca.pem""#)
            Issue.record("a missing ca_file was accepted")
        } catch {
            #expect((error as? ConfigurationError)?.message.hasSuffix("profiles[bj].ca_file: cannot use the CA file /nonexistent/ca.pem (no such file): point it at a PEM bundle of your company's CA") == true, "\(error)")
        }
    }

    @Test("a proxy password written in the config counts as a secret in the file")
    func literalProxyPassword() throws {
        let literal = try JSONDecoder().decode(ConfigFile.self, from: Data(#"{"profiles": [{"proxy": "http://alice:pw@proxy:3128"}]}"#.utf8))
        #expect(literal.holdsLiteralSecret)
        let referenced = try JSONDecoder().decode(
            ConfigFile.self, from: Data(#"{"profiles": [{"proxy": {"url": "http://proxy:3128", "user": "alice", "password": "env:PW"}}]}"#.utf8))
        #expect(!referenced.holdsLiteralSecret)
    }
}
