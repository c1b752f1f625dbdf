import NIOCore
import NIOHTTP1
import NIOPosix
import OMSCore

/// The exporter's HTTP server: `GET /metrics` and a short page at `/`, each answered from memory.
final class MetricsServer: Sendable {
    private let channel: any Channel
    /// The address scrapers use, e.g. `127.0.0.1:9464`.
    let address: String

    private init(channel: any Channel, address: String) {
        self.channel = channel
        self.address = address
    }

    /// Binds to `host:port` and answers with `metrics` and `home`, both built at request time.
    static func start(
        host: String, port: Int, metrics: @escaping @Sendable () -> [UInt8], home: @escaping @Sendable () -> String
    ) async throws -> MetricsServer {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(MetricsHTTPHandler(metrics: metrics, home: home))
                }
            }
        let channel = try await bootstrap.bind(host: host, port: port).get()
        return MetricsServer(channel: channel, address: "\(Endpoint.bracketed(host)):\(channel.localAddress?.port ?? port)")
    }

    func stop() async {
        try? await channel.close()
    }
}

/// Answers one request at a time on a connection: the metrics, the home page, 404 or 405.
final class MetricsHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let metrics: @Sendable () -> [UInt8]
    private let home: @Sendable () -> String
    private var head: HTTPRequestHead?

    init(metrics: @escaping @Sendable () -> [UInt8], home: @escaping @Sendable () -> String) {
        self.metrics = metrics
        self.home = home
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            self.head = nil
            respond(to: head, context: context)
        }
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
        let allocator = context.channel.allocator
        let (status, type, body): (HTTPResponseStatus, String, ByteBuffer)
        if head.method != .GET && head.method != .HEAD {
            (status, type, body) = (.methodNotAllowed, "text/plain; charset=utf-8", allocator.buffer(string: "only GET\n"))
        } else if path == "/metrics" {
            (status, type, body) = (.ok, "text/plain; version=0.0.4; charset=utf-8", allocator.buffer(bytes: metrics()))
        } else if path == "/" {
            (status, type, body) = (.ok, "text/html; charset=utf-8", allocator.buffer(string: home()))
        } else {
            (status, type, body) = (.notFound, "text/plain; charset=utf-8", allocator.buffer(string: "not found: try /metrics\n"))
        }
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: type)
        headers.add(name: "Content-Length", value: String(body.readableBytes))
        if !head.isKeepAlive { headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
        if head.method != .HEAD {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !head.isKeepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }
}
