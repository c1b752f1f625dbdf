import AsyncHTTPClient
import FoundationEssentials
import NIOCore
import NIOHTTP1
import OMSWords
import Synchronization

/// One answer of the service: status, request id and body bytes.
struct HTTPExchange: Sendable {
    var status: Int
    var requestID: String?
    var retryAfter: Double?
    var body: [UInt8]
    /// The answer's headers, for the operations that answer in one (IAM's `X-Subject-Token`).
    var headers: [(name: String, value: String)] = []
    /// A 401 refused a temporary key that should have been valid, and its early renewal started.
    var refusedKeyRenewing = false
}

/// How a transport signs: as the API gateway checks (SDK-HMAC-SHA256, with the project's header),
/// or as object storage checks (S3 Signature V4 for a region).
enum RequestSigning: Sendable {
    case apiGateway(projectID: String?)
    case objectStorage(region: String)
}

/// Sends signed requests to one endpoint over AsyncHTTPClient, retrying reads as `RetryPolicy` allows.
/// The key is asked of the credential before every request, so a renewed key is used at once;
/// without a credential the requests go unsigned (IAM's token exchanges, the ECS metadata).
final class HTTPTransport: Sendable {
    private let http: HTTPClient
    /// How `http` connects, to give it back to `SharedHTTPClients`.
    private let client: SharedHTTPClients.Key
    let endpoint: Endpoint
    private let credentials: CredentialHandle?
    private let signing: RequestSigning
    private let retry: RetryPolicy
    private let requestTimeout: Double
    private let userAgent: String
    private let sentRequests = Atomic<Int>(0)
    /// The proxy requests go through, if any.
    private let proxy: ProxyServer?

    /// The largest body accepted from the service.
    private static let maxBodyBytes = 32 << 20

    init(
        endpoint: Endpoint, credentials: CredentialHandle?, signing: RequestSigning, retry: RetryPolicy,
        connectTimeout: Double, requestTimeout: Double, userAgent: String, network: NetworkSettings
    ) {
        proxy = network.proxy(for: endpoint)
        client = SharedHTTPClients.Key(
            proxy: proxy, caFile: network.caFile, connectMilliseconds: Int64(connectTimeout * 1000),
            readMilliseconds: Int64(requestTimeout * 1000))
        http = SharedHTTPClients.acquire(client)
        self.endpoint = endpoint
        self.credentials = credentials
        self.signing = signing
        self.retry = retry
        self.requestTimeout = requestTimeout
        self.userAgent = userAgent
    }

    /// The number of HTTP requests sent so far, retries included.
    var requestCount: Int { sentRequests.load(ordering: .relaxed) }

    /// Gives the shared HTTP client back; the last transport using it shuts it down.
    func shutdown() async {
        await SharedHTTPClients.release(client)
    }

    /// Runs `body` with this transport, then shuts it down, whether `body` returned or threw: the
    /// one-shot calls (IAM, the metadata service, Organizations) open a transport for one exchange.
    func closing<T>(_ body: (HTTPTransport) async throws -> T) async throws -> T {
        do {
            let result = try await body(self)
            await shutdown()
            return result
        } catch {
            await shutdown()
            throw error
        }
    }

    /// Sends a request, retrying as the policy allows; returns the final answer, whatever its status.
    func send(
        method: String, path: String, query: [(name: String, value: String)] = [], body: [UInt8]? = nil,
        headers: [(name: String, value: String)] = []
    ) async throws -> HTTPExchange {
        try await streamed(method: method, path: path, query: query, body: body, headers: headers, into: nil)
    }

    /// Sends a request as `send` does; a successful answer's body goes to `consume` as it arrives
    /// (and the exchange returned has none), any other answer's is collected. A request is sent
    /// again only before any of its body was consumed.
    func streamed(
        method: String, path: String, query: [(name: String, value: String)] = [], body: [UInt8]? = nil,
        headers: [(name: String, value: String)] = [],
        into consume: ((HTTPClientResponse.Body) async throws -> Void)?
    ) async throws -> HTTPExchange {
        var attempt = 0
        while true {
            attempt += 1
            do {
                let exchange = try await sendOnce(
                    method: method, path: path, query: query, body: body, headers: headers, consume: consume)
                guard retry.shouldRetry(method: method, status: exchange.status, attempt: attempt) else {
                    return exchange
                }
                try await pause(afterAttempt: attempt, retryAfter: exchange.retryAfter)
            } catch let failure as ConsumerFailure {
                throw failure.error
            } catch let error as OMSError {
                if case .credentials = error { throw error }
                guard retry.shouldRetry(method: method, status: nil, attempt: attempt) else { throw error }
                try await pause(afterAttempt: attempt, retryAfter: nil)
            }
        }
    }

    /// What a streamed body's consumer threw: never a reason to send the request again.
    private struct ConsumerFailure: Error {
        let error: any Error
    }

    private func pause(afterAttempt attempt: Int, retryAfter: Double?) async throws {
        let seconds = retry.delay(afterAttempt: attempt, retryAfter: retryAfter, random: Double.random(in: 0..<1))
        try await Task.sleep(for: .milliseconds(Int64(seconds * 1000)))
    }

    private func sendOnce(
        method: String, path: String, query: [(name: String, value: String)], body: [UInt8]?,
        headers extra: [(name: String, value: String)],
        consume: ((HTTPClientResponse.Body) async throws -> Void)?
    ) async throws -> HTTPExchange {
        let key = try await credentials?.current()
        let signable = try signedRequest(method: method, path: path, query: query, body: body ?? [], key: key, extra: extra)
        let queryString = signable.canonicalQuery
        var request = HTTPClientRequest(url: endpoint.description + path + (queryString.isEmpty ? "" : "?" + queryString))
        request.method = HTTPMethod(rawValue: method)
        for header in signable.headers { request.headers.add(name: header.name, value: header.value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        sentRequests.add(1, ordering: .relaxed)
        let response: HTTPClientResponse
        var bytes: [UInt8] = []
        let streams: Bool
        do {
            response = try await http.execute(request, timeout: .milliseconds(Int64(requestTimeout * 1000)))
            streams = consume != nil && (200..<300).contains(Int(response.status.code))
            if !streams { bytes = Array(try await response.body.collect(upTo: Self.maxBodyBytes).readableBytesView) }
        } catch {
            throw classify(error)
        }
        // Once the body is being consumed the request is not sent again: what failed passes as it is.
        if streams, let consume {
            do { try await consume(response.body) } catch { throw ConsumerFailure(error: error) }
        }
        let status = Int(response.status.code)
        return HTTPExchange(
            status: status,
            requestID: response.headers.first(name: "X-Request-Id") ?? response.headers.first(name: "x-obs-request-id")
                ?? response.headers.first(name: "x-amz-request-id"),
            retryAfter: response.headers.first(name: "Retry-After").flatMap(Double.init),
            body: bytes,
            headers: response.headers.map { ($0.name, $0.value) },
            refusedKeyRenewing: status == 401 && key.map { credentials?.refused($0) ?? false } ?? false)
    }

    /// The request with every header the SDK sends, signed when the key is an AK/SK.
    func signedRequest(
        method: String, path: String, query: [(name: String, value: String)], body: [UInt8], key: Credentials?,
        extra: [(name: String, value: String)] = []
    ) throws -> SignableRequest {
        switch signing {
        case .apiGateway(let projectID):
            return gatewayRequest(method: method, path: path, query: query, body: body, key: key, projectID: projectID, extra: extra)
        case .objectStorage(let region):
            return try objectStorageRequest(method: method, path: path, query: query, key: key, region: region, extra: extra)
        }
    }

    private func gatewayRequest(
        method: String, path: String, query: [(name: String, value: String)], body: [UInt8], key: Credentials?,
        projectID: String?, extra: [(name: String, value: String)]
    ) -> SignableRequest {
        var headers: [(name: String, value: String)] = [
            ("Host", endpoint.hostHeader),
            ("Content-Type", body.isEmpty ? "application/json" : "application/json;charset=utf-8"),
            ("User-Agent", userAgent),
        ]
        if let projectID { headers.append(("X-Project-Id", projectID)) }
        headers += extra
        var request = SignableRequest(method: method, path: path, query: query, headers: headers, body: body)
        switch key {
        case nil:
            break
        case .iamToken(let token)?:
            request.headers.append(("X-Auth-Token", token.reveal()))
        case .accessKey(let id, let secret, let securityToken)?:
            request.headers.append(("X-Sdk-Date", SigningDate.format(epochSeconds: Int64(Date().timeIntervalSince1970))))
            if let securityToken { request.headers.append(("X-Security-Token", securityToken.reveal())) }
            let signer = RequestSigner(accessKey: id, secretKey: secret)
            request.headers.append(("Authorization", signer.authorization(for: request)))
        }
        return request
    }

    /// A read of object storage signed with S3 Signature V4; an IAM token cannot sign one.
    private func objectStorageRequest(
        method: String, path: String, query: [(name: String, value: String)], key: Credentials?, region: String,
        extra: [(name: String, value: String)]
    ) throws -> SignableRequest {
        var request = SignableRequest(method: method, path: path, query: query, headers: [
            ("Host", endpoint.hostHeader), ("User-Agent", userAgent),
            ("x-amz-content-sha256", ObjectStorageSigner.unsignedPayload),
        ] + extra)
        switch key {
        case nil:
            break
        case .iamToken?:
            throw OMSError.invalidArgument(Wording(.failureStorageNeedsKey))
        case .accessKey(let id, let secret, let securityToken)?:
            request.headers.append(("x-amz-date", SigningDate.format(epochSeconds: Int64(Date().timeIntervalSince1970))))
            if let securityToken { request.headers.append(("x-amz-security-token", securityToken.reveal())) }
            let signer = ObjectStorageSigner(accessKey: id, secretKey: secret, region: region)
            request.headers.append(("Authorization", signer.authorization(for: request)))
        }
        return request
    }

    /// The `OMSError` a failure to send or to read an answer stands for.
    func classify(_ error: any Error) -> OMSError {
        if let error = error as? OMSError { return error }
        let text = String(describing: error)
        if text.contains("CERTIFICATE_VERIFY_FAILED") || text.contains("certificate verify failed") {
            return .untrustedCertificate(host: endpoint.host)
        }
        if let proxy, let failure = Self.proxyFailure(error, text: text, proxy: proxy, target: endpoint) { return failure }
        if error is NIOTooManyBytesError {
            return .invalidResponse(status: 200, requestID: nil, detail: "body larger than \(Self.maxBodyBytes >> 20) MiB")
        }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return .timedOut(endpoint: endpoint.description, seconds: requestTimeout)
            case .connectTimeout:
                return .unreachable(endpoint: endpoint.description, reason: Wording(.reasonTimedOut))
            case .remoteConnectionClosed:
                return .unreachable(endpoint: endpoint.description, reason: Wording(.reasonClosedEarly))
            default:
                break
            }
        }
        if text.contains("refused") { return .unreachable(endpoint: endpoint.description, reason: Wording(.reasonRefused)) }
        if text.lowercased().contains("timeout") || text.lowercased().contains("timed out") {
            return .unreachable(endpoint: endpoint.description, reason: Wording(.reasonTimedOut))
        }
        if text.contains("lookup") || text.contains("resolve") || text.contains("DNS") {
            return .unreachable(endpoint: endpoint.description, reason: Wording(.reasonNoResolve))
        }
        return .unreachable(endpoint: endpoint.description, reason: .verbatim(Self.shorten(text)))
    }

    /// What went wrong with the proxy, when it is the proxy that failed.
    private static func proxyFailure(_ error: any Error, text: String, proxy: ProxyServer, target: Endpoint) -> OMSError? {
        let name = proxy.description
        let variable = target.scheme == "https" ? "HTTPS_PROXY" : "HTTP_PROXY"
        func unreachable(_ reason: Message) -> Wording {
            Wording(.proxyUnreachable, ["variable": variable], parts: ["reason": Wording(reason)])
        }
        if let error = error as? HTTPClientError {
            switch error {
            case .proxyAuthenticationRequired:
                return .proxy(proxy: name, reason: Wording(proxy.user == nil ? .proxyAsksPassword : .proxyRefusedPassword))
            case .invalidProxyResponse:
                let target = "\(Endpoint.bracketed(target.host)):\(target.port ?? (target.scheme == "https" ? 443 : 80))"
                return .proxy(proxy: name, reason: Wording(proxy.user == nil ? .proxyRefusedTunnel : .proxyRefusedTunnelUser, ["target": target]))
            case .httpProxyHandshakeTimeout:
                return .proxy(proxy: name, reason: Wording(.proxyNoConnectAnswer, ["variable": variable]))
            case .connectTimeout:
                return .proxy(proxy: name, reason: unreachable(.reasonTimedOut))
            default:
                break
            }
        }
        let lower = text.lowercased()
        if lower.contains("refused") {
            return .proxy(proxy: name, reason: unreachable(.reasonRefused))
        }
        if text.contains("lookup") || text.contains("resolve") || text.contains("DNS") {
            return .proxy(proxy: name, reason: unreachable(.reasonNoResolve))
        }
        return nil
    }

    private static func shorten(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return line.count > 120 ? String(line.prefix(119)) + "…" : line
    }
}
