import Testing

@testable import OMSCore

/// The vectors of api-reference/SIGNING.md, produced by the official Python SDK.
@Suite("SDK-HMAC-SHA256 signing matches the official SDK")
struct SignerVectorTests {
    static let signer = RequestSigner(accessKey: "TESTAK0123456789ABCD", secretKey: "TESTSK0123456789abcdefghijklmnopqrstuvwx")
    static let project = "0123456789abcdef0123456789abcdef"
    static let task = "5f1a0b9c-3d2e-4f60-8a7b-9c0d1e2f3a4b"

    static func headers(contentType: String = "application/json") -> [(name: String, value: String)] {
        [
            ("Content-Type", contentType),
            ("Host", "oms.cn-north-4.myhuaweicloud.com"),
            ("User-Agent", "huaweicloud-usdk-python/3.0; test-ua"),
            ("X-Project-Id", project),
            ("X-Sdk-Date", "20240115T080000Z"),
        ]
    }

    static var listRequest: SignableRequest {
        SignableRequest(
            method: "GET", path: "/v2/\(project)/sync-tasks",
            query: [("status", "SYNCHRONIZING"), ("offset", "0"), ("limit", "100")], headers: headers())
    }

    @Test("(a) list: canonical request, string to sign and signature")
    func listVector() {
        let request = Self.listRequest
        let canonical = RequestSigner.canonicalRequest(request, signedHeaders: request.signableHeaderNames)
        #expect(canonical == """
            GET
            /v2/0123456789abcdef0123456789abcdef/sync-tasks/
            limit=100&offset=0&status=SYNCHRONIZING
            content-type:application/json
            host:oms.cn-north-4.myhuaweicloud.com
            user-agent:huaweicloud-usdk-python/3.0; test-ua
            x-project-id:0123456789abcdef0123456789abcdef
            x-sdk-date:20240115T080000Z

            content-type;host;user-agent;x-project-id;x-sdk-date
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            """)
        #expect(RequestSigner.stringToSign(canonicalRequest: canonical, date: "20240115T080000Z")
            == "SDK-HMAC-SHA256\n20240115T080000Z\nca776f5b57f979cf94f0f6fbf6f589fb05f080b9de8a9728ae490b44db84c6da")
        #expect(Self.signer.authorization(for: request) == "SDK-HMAC-SHA256 Access=TESTAK0123456789ABCD, "
            + "SignedHeaders=content-type;host;user-agent;x-project-id;x-sdk-date, "
            + "Signature=4c203b6a2da310158127ebcadbf012b8814a39eaed44dfea8bb82967e219cdec")
    }

    @Test("(b) start: POST with a JSON body")
    func startVector() {
        let body = Array(#"{"src_ak": "SRCAK", "src_sk": "SRCSK", "dst_ak": "DSTAK", "dst_sk": "DSTSK"}"#.utf8)
        let request = SignableRequest(
            method: "POST", path: "/v2/\(Self.project)/sync-tasks/\(Self.task)/start",
            headers: Self.headers(contentType: "application/json;charset=utf-8"), body: body)
        let canonical = RequestSigner.canonicalRequest(request, signedHeaders: request.signableHeaderNames)
        #expect(canonical.hasSuffix("294a1f7ab9d5d36b60765785b8cce5cf6f7c2a858c7c388887aef84db766ca8a"))
        #expect(canonical.split(separator: "\n", omittingEmptySubsequences: false)[2].isEmpty)
        #expect(RequestSigner.stringToSign(canonicalRequest: canonical, date: "20240115T080000Z").hasSuffix(
            "3766ab1e525fee58287e829c2c05ec8ebb1ab524cbf86fa9e4b33c225fd3b6b9"))
        #expect(Self.signer.signature(for: request, signedHeaders: request.signableHeaderNames)
            == "db099278ad7dc99df325fb2082fc01a5f73c426c6144f640c779f838f49d8806")
    }

    @Test("(c) a security token is signed last")
    func securityTokenVector() {
        var request = Self.listRequest
        request.headers.append(("X-Security-Token", "TOKEN123"))
        #expect(request.signableHeaderNames.last == "x-security-token")
        #expect(Self.signer.signature(for: request, signedHeaders: request.signableHeaderNames)
            == "371660e4bf9128a1d5aa85d3ac7f99b133c859b22663a7ee9c340085981b5446")
    }

    @Test("(d) statistics: commas in the query are encoded")
    func statisticsVector() {
        let request = SignableRequest(
            method: "GET", path: "/v2/\(Self.project)/sync-tasks/\(Self.task)/statistics",
            query: [
                ("data_type", "REQUEST,SUCCESS,FAILURE,SKIP,SIZE"), ("start_time", "1705276800000"),
                ("end_time", "1705305600000"),
            ], headers: Self.headers())
        #expect(request.canonicalQuery
            == "data_type=REQUEST%2CSUCCESS%2CFAILURE%2CSKIP%2CSIZE&end_time=1705305600000&start_time=1705276800000")
        #expect(Self.signer.signature(for: request, signedHeaders: request.signableHeaderNames)
            == "68df0cf73620e2a6b1605bfc1489c757cf3565338d8218602d86208da0aa815f")
    }

    @Test("(e) signing only host and x-sdk-date")
    func minimalHeadersVector() {
        #expect(Self.signer.signature(for: Self.listRequest, signedHeaders: ["host", "x-sdk-date"])
            == "b2c25f4fd9b8104486cbc840e0edd21aba7b47ec6c5e92bea87fb246fa573104")
    }

    @Test("headers with an underscore are sent but not signed")
    func underscoreHeadersAreNotSigned() {
        var request = Self.listRequest
        request.headers.append(("X_Custom", "1"))
        #expect(!request.signableHeaderNames.contains("x_custom"))
        #expect(Self.signer.signature(for: request, signedHeaders: request.signableHeaderNames)
            == "4c203b6a2da310158127ebcadbf012b8814a39eaed44dfea8bb82967e219cdec")
    }

    @Test("percent-encoding leaves only unreserved characters")
    func percentEncoding() {
        #expect(PercentEncoding.encode("a b,c/d~e_f.g-h") == "a%20b%2Cc%2Fd~e_f.g-h")
        #expect(PercentEncoding.encode("迁移") == "%E8%BF%81%E7%A7%BB")
        #expect(PercentEncoding.decode("%E8%BF%81%2C") == "迁,")
    }

    @Test("X-Sdk-Date formats and parses UTC")
    func signingDate() {
        #expect(SigningDate.format(epochSeconds: 1_705_305_600) == "20240115T080000Z")
        #expect(SigningDate.parse("20240115T080000Z") == 1_705_305_600)
        #expect(SigningDate.parse("2024-01-15") == nil)
    }

    @Test("the Authorization header round-trips through its parser")
    func authorizationHeaderParses() throws {
        let value = Self.signer.authorization(for: Self.listRequest)
        let parsed = try #require(AuthorizationHeader(parsing: value))
        #expect(parsed.accessKey == "TESTAK0123456789ABCD")
        #expect(parsed.signedHeaders == ["content-type", "host", "user-agent", "x-project-id", "x-sdk-date"])
        #expect(parsed.value == value)
        #expect(AuthorizationHeader(parsing: "Basic abc") == nil)
    }
}
