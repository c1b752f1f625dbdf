import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import OMSCore

/// The simulator listening on a TCP port: `omsdash simulator`, `omsdash --demo` and the tests use it.
public final class SimulatorServer: Sendable {
    public let service: SimulatorService
    private let channel: any Channel

    /// The address clients use, e.g. `http://127.0.0.1:8080`.
    public let endpoint: String

    private init(service: SimulatorService, channel: any Channel, endpoint: String) {
        self.service = service
        self.channel = channel
        self.endpoint = endpoint
    }

    /// Binds to `host:port` (port 0 picks a free one) and starts answering, over HTTPS when `tls` is
    /// given; `log`, when given, receives one line per request: method, path with query, and the status sent.
    public static func start(
        service: SimulatorService, faults: FaultPlan = FaultPlan(), seed: UInt64 = 1, host: String = "127.0.0.1",
        port: Int = 0, tls: SimulatorTLS? = nil, log: (@Sendable (String) -> Void)? = nil
    ) async throws -> SimulatorServer {
        let injector = FaultInjector(plan: faults, seed: seed)
        let tlsContext = try tls?.context()
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tlsContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tlsContext))
                    }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(
                        SimulatorHTTPHandler(service: service, faults: injector, log: log))
                }
            }
        let channel = try await bootstrap.bind(host: host, port: port).get()
        let boundPort = channel.localAddress?.port ?? port
        let scheme = tls == nil ? "http" : "https"
        return SimulatorServer(
            service: service, channel: channel, endpoint: "\(scheme)://\(Endpoint.bracketed(host)):\(boundPort)")
    }

    /// Stops listening.
    public func stop() async {
        try? await channel.close()
    }

    /// Waits until the server is closed.
    public func waitUntilClosed() async {
        try? await channel.closeFuture.get()
    }
}
