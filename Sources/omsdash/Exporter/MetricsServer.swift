import NIOCore
import NIOHTTP1
import NIOPosix
import OMSCore

/// What the exporter serves, each built at request time from memory.
struct ExporterRoutes: Sendable {
    /// `/metrics`.
    var metrics: @Sendable () -> [UInt8]
    /// `/`, a short page.
    var home: @Sendable () -> String
    /// `/-/ready`: whether the first load is done, and how many profiles it still waits for.
    var readiness: @Sendable () -> (ready: Bool, waitingFor: Int)
}

/// The exporter's HTTP server: `GET /metrics`, a short page at `/`, and `/-/healthy` and
/// `/-/ready` for probes, as Prometheus and its exporters answer them.
final class MetricsServer: Sendable {
    private let channel: any Channel
    /// The address scrapers use, e.g. `127.0.0.1:9464`.
    let address: String

    private init(channel: any Channel, address: String) {
        self.channel = channel
        self.address = address
    }

    /// Binds to `host:port` and answers with `routes`.
    static func start(host: String, port: Int, routes: ExporterRoutes) async throws -> MetricsServer {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(MetricsHTTPHandler(routes: routes))
                }
            }
        let channel = try await bootstrap.bind(host: host, port: port).get()
        return MetricsServer(channel: channel, address: "\(Endpoint.bracketed(host)):\(channel.localAddress?.port ?? port)")
    }

    func stop() async {
        try? await channel.close()
    }
}

/// Answers one request at a time on a connection: the metrics, the home page, the probes, 404 or 405.
final class MetricsHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let routes: ExporterRoutes
    private var head: HTTPRequestHead?

    init(routes: ExporterRoutes) {
        self.routes = routes
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
        let plain = "text/plain; charset=utf-8"
        let (status, type, body): (HTTPResponseStatus, String, ByteBuffer)
        if head.method != .GET && head.method != .HEAD {
            (status, type, body) = (.methodNotAllowed, plain, allocator.buffer(string: "only GET\n"))
        } else {
            switch path {
            case "/metrics": (status, type, body) = (.ok, "text/plain; version=0.0.4; charset=utf-8", allocator.buffer(bytes: routes.metrics()))
            case "/": (status, type, body) = (.ok, "text/html; charset=utf-8", allocator.buffer(string: routes.home()))
            case "/-/healthy": (status, type, body) = (.ok, plain, allocator.buffer(string: "omsdash exporter is healthy.\n"))
            case "/-/ready":
                let (ready, waitingFor) = routes.readiness()
                let line = ready ? "omsdash exporter is ready.\n" : "omsdash exporter is not ready: the first load is not done (profiles left: \(waitingFor)).\n"
                (status, type, body) = (ready ? .ok : .serviceUnavailable, plain, allocator.buffer(string: line))
            default: (status, type, body) = (.notFound, plain, allocator.buffer(string: "not found: try /metrics\n"))
            }
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
