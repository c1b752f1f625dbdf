import Testing

@testable import OMSCore

/// The one-line errors of the config, the network and the service, in each language: English as it
/// always read (logs, JSON and hooks take it), Chinese around the same values.
@Suite("Error messages in every language")
struct ErrorWordingTests {
    @Test("config errors: the frame and the reason in the language, paths and names as written")
    func configuration() {
        let missing = ConfigurationError.unreadable(path: "/etc/omsdash.json", reason: Wording(.reasonNoSuchFile))
        #expect(missing.message == "/etc/omsdash.json: cannot read the config file (no such file)")
        #expect(missing.message(in: .simplifiedChinese) == "/etc/omsdash.json：无法读取配置文件（文件不存在）")
        let credentials = ConfigurationError.missingCredentials(path: "c.json", profile: "prod", reason: Wording(.reasonNoSK))
        #expect(credentials.message(in: .simplifiedChinese).hasPrefix("c.json：配置项“prod”：缺少秘密访问密钥（SK）：请设置 HUAWEICLOUD_SDK_AK"))
        let proxy = ConfigurationError.invalidValue(
            path: "HTTPS_PROXY", field: "proxy",
            reason: Wording(.reasonProxyFormat, parts: ["reason": Wording(.reasonProxyScheme, ["scheme": "socks5"])]))
        #expect(proxy.message == "HTTPS_PROXY: proxy: \"socks5://\" proxies are not supported, only http://; write it http://[user:password@]host:port")
        #expect(proxy.message(in: .simplifiedChinese) == "HTTPS_PROXY：proxy：不支持“socks5://”代理，只支持 http://；请写成 http://[user:password@]host:port")
    }

    @Test("a service failure keeps OMS's code, message and request id, and words the fix")
    func service() {
        let failure = ServiceFailure(
            status: 401, errorCode: "APIGW.0301", errorMessage: "Incorrect IAM authentication information", requestID: "req-1",
            operation: .init(name: "list", credentials: "AK ABCD…01"))
        #expect(OMSError.service(failure).message == "APIGW.0301 (HTTP 401): Incorrect IAM authentication information [request req-1] — the credentials (AK ABCD…01) were refused: check AK/SK and project id, and that this machine's clock is within 15 minutes of UTC")
        #expect(OMSError.service(failure).message(in: .simplifiedChinese) == "APIGW.0301（HTTP 401）：Incorrect IAM authentication information [请求 ID req-1] — 凭证（AK ABCD…01）被拒绝：请检查 AK/SK 和项目 ID，并确认本机时钟与 UTC 相差不超过 15 分钟")
        let notFound = ServiceFailure(status: 404, errorCode: nil, errorMessage: nil, requestID: nil, operation: .init(name: "show", taskID: "t-9"))
        #expect(OMSError.service(notFound).message(in: .simplifiedChinese) == "HTTP 404 — 此项目中没有同步任务 t-9：请用 `omsdash list` 核对 ID")
    }

    @Test("network errors: the endpoint as it is, the reason in the language; control characters written out")
    func network() {
        let refused = OMSError.unreachable(endpoint: "https://oms.cn-north-4.myhuaweicloud.com", reason: Wording(.reasonRefused))
        #expect(refused.message == "cannot reach https://oms.cn-north-4.myhuaweicloud.com (connection refused): check the region or endpoint in your config and your network")
        #expect(refused.message(in: .simplifiedChinese) == "无法连接 https://oms.cn-north-4.myhuaweicloud.com（连接被拒绝）：请检查配置中的区域或终端节点，以及网络")
        let odd = OMSError.invalidResponse(status: 502, requestID: "r\u{1B}[2J", detail: "empty body")
        #expect(!odd.message(in: .simplifiedChinese).unicodeScalars.contains { $0.properties.generalCategory == .control })
        #expect(odd.message(in: .simplifiedChinese).contains("[请求 ID r\\u{1B}[2J]"))
    }

    @Test("an object name's problem in the language")
    func objectName() {
        #expect(SyncObjectName.Problem.notUTF8.message == "bytes that are not UTF-8: save the file as UTF-8")
        #expect(SyncObjectName.Problem.notUTF8.wording.text(.simplifiedChinese) == "含有非 UTF-8 字节：请将文件保存为 UTF-8")
    }
}
