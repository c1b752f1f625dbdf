import AsyncHTTPClient
import NIOCore
import NIOSSL
import Synchronization

/// One HTTP client for all the transports that connect the same way (proxy, CA file, timeouts),
/// shared while any of them is open. A fleet's profiles all call their region's one endpoint host:
/// sharing keeps their connections alive for each other and holds them to `connectionsPerHost`,
/// where a client each would open hundreds at once at a first load (and a server's or a proxy's
/// accept queue drops the excess, to be tried again a second later).
enum SharedHTTPClients {
    /// What makes two transports' connections interchangeable.
    struct Key: Hashable {
        var proxy: ProxyServer?
        var caFile: String?
        var connectMilliseconds: Int64
        var readMilliseconds: Int64
    }

    /// The most connections open to one host; requests beyond wait for one to be free.
    static let connectionsPerHost = 64

    private static let clients = Mutex<[Key: (client: HTTPClient, users: Int)]>([:])

    /// The client for `key`, made if no transport holds it; pair with `release`.
    static func acquire(_ key: Key) -> HTTPClient {
        clients.withLock { clients in
            if let shared = clients[key] {
                clients[key] = (shared.client, shared.users + 1)
                return shared.client
            }
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration(key))
            clients[key] = (client, 1)
            return client
        }
    }

    /// Gives back a client; the last transport to give it back shuts it down.
    static func release(_ key: Key) async {
        let unused: HTTPClient? = clients.withLock { clients in
            guard let shared = clients[key] else { return nil }
            guard shared.users <= 1 else {
                clients[key] = (shared.client, shared.users - 1)
                return nil
            }
            clients[key] = nil
            return shared.client
        }
        try? await unused?.shutdown()
    }

    private static func configuration(_ key: Key) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(
            timeout: .init(connect: .milliseconds(key.connectMilliseconds), read: .milliseconds(key.readMilliseconds)))
        configuration.connectionPool = .init(
            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connectionsPerHost)
        // Connection failures are retried by the transport, by RetryPolicy (reads only, short
        // backoff); left to AsyncHTTPClient, a refused connection would be retried until the
        // connect timeout ran out.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.redirectConfiguration = .disallow
        configuration.proxy = key.proxy.map { proxy in
            .server(
                host: proxy.host, port: proxy.port,
                authorization: proxy.user.map { .basic(username: $0, password: proxy.password?.reveal() ?? "") })
        }
        if let caFile = key.caFile {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.additionalTrustRoots = [.file(caFile)]
            configuration.tlsConfiguration = tls
        }
        return configuration
    }
}
