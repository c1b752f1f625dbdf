import ExporterCore
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import OMSCore

/// What the exporter serves, each built at request time from memory.
struct ExporterRoutes: Sendable {
    /// `/metrics`.
    var metrics: @Sendable () -> [UInt8]
    /// `/`, a short page.
    var home: @Sendable () -> String
    /// `/-/ready`: whether the first load is done, and how many profiles it still waits for.
    var readiness: @Sendable () -> (ready: Bool, waitingFor: Int)
    /// `POST /-/reload`, with `--web.enable-lifecycle`: reads the config again and says how it went.
    var reload: (@Sendable () async -> ReloadQueue<Wording>.Outcome)?
}

/// The exporter's HTTP server: `GET /metrics`, a short page at `/`, and `/-/healthy` and
/// `/-/ready` for probes, as Prometheus and its exporters answer them; over TLS and behind basic
/// authentication when the web config says so (the probes stay open).
final class MetricsServer: Sendable {
    private let channel: any Channel
    private let checks: PasswordChecks
    /// Where scrapers find the metrics, e.g. `http://127.0.0.1:9464/metrics`.
    let url: String

    private init(channel: any Channel, checks: PasswordChecks, url: String) {
        self.channel = channel
        self.checks = checks
        self.url = url
    }

    /// Binds to `host:port` and answers with `routes`, as `web` says now.
    static func start(host: String, port: Int, routes: ExporterRoutes, web: ServedWebConfig) async throws -> MetricsServer {
        let checks = PasswordChecks()
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls = web.current.tls { try channel.pipeline.syncOperations.addHandler(tls.handler()) }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(MetricsHTTPHandler(routes: routes, web: web, checks: checks))
                }
            }
        let channel: any Channel
        do {
            channel = try await bootstrap.bind(host: host, port: port).get()
        } catch {
            await checks.stop()
            throw error
        }
        let scheme = web.current.tls == nil ? "http" : "https"
        return MetricsServer(
            channel: channel, checks: checks, url: "\(scheme)://\(Endpoint.bracketed(host)):\(channel.localAddress?.port ?? port)/metrics")
    }

    func stop() async {
        try? await channel.close()
        await checks.stop()
    }
}

/// Answers one request at a time on a connection: the metrics, the home page, the probes, 404 or
/// 405; 401 to a request without a user's password where the web config asks for one.
final class MetricsHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let routes: ExporterRoutes
    private let webInUse: ServedWebConfig
    /// The web config of the request being answered.
    private var web: WebConfigFile
    private let checks: PasswordChecks
    private var head: HTTPRequestHead?

    init(routes: ExporterRoutes, web: ServedWebConfig, checks: PasswordChecks) {
        self.routes = routes
        webInUse = web
        self.web = web.current
        self.checks = checks
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            self.head = nil
            web = webInUse.current
            authenticate(head, context: context)
        }
    }

    private static let plain = "text/plain; charset=utf-8"

    /// Answers `head` once its password is known good (at once where none is asked, or when it
    /// was checked before); a bcrypt check runs off the event loop, a few at a time.
    private func authenticate(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
        guard web.config.requiresAuthentication(path) else { return respond(to: head, path: path, context: context) }
        guard let (user, password) = BasicAuthentication.credentials(from: head.headers.first(name: "Authorization")) else {
            return unauthorized(head, context: context)
        }
        let authentication = web.authentication
        if let known = authentication.knownAnswer(user: user, password: password) {
            return known ? respond(to: head, path: path, context: context) : unauthorized(head, context: context)
        }
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        checks.run(on: context.eventLoop) { authentication.check(user: user, password: password) }.whenSuccess { allowed in
            let (handler, context) = bound.value
            switch allowed {
            case true?: handler.respond(to: head, path: path, context: context)
            case false?: handler.unauthorized(head, context: context)
            case nil:
                let body = context.channel.allocator.buffer(string: "too many password checks at once: try again\n")
                handler.write(head, .serviceUnavailable, Self.plain, body, extra: [("Retry-After", "1")], context: context)
            }
        }
    }

    private func unauthorized(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let body = context.channel.allocator.buffer(string: "Unauthorized\n")
        write(head, .unauthorized, Self.plain, body, extra: [("WWW-Authenticate", "Basic realm=\"omsdash exporter\"")], context: context)
    }

    private func respond(to head: HTTPRequestHead, path: String, context: ChannelHandlerContext) {
        let allocator = context.channel.allocator
        let (status, type, body): (HTTPResponseStatus, String, ByteBuffer)
        if path == "/-/reload" {
            return reload(head, context: context)
        } else if head.method != .GET && head.method != .HEAD {
            (status, type, body) = (.methodNotAllowed, Self.plain, allocator.buffer(string: "only GET\n"))
        } else {
            switch path {
            case "/metrics": (status, type, body) = (.ok, "text/plain; version=0.0.4; charset=utf-8", allocator.buffer(bytes: routes.metrics()))
            case "/": (status, type, body) = (.ok, "text/html; charset=utf-8", allocator.buffer(string: routes.home()))
            case "/-/healthy": (status, type, body) = (.ok, Self.plain, allocator.buffer(string: "omsdash exporter is healthy.\n"))
            case "/-/ready":
                let (ready, waitingFor) = routes.readiness()
                let line = ready ? "omsdash exporter is ready.\n" : "omsdash exporter is not ready: the first load is not done (profiles left: \(waitingFor)).\n"
                (status, type, body) = (ready ? .ok : .serviceUnavailable, Self.plain, allocator.buffer(string: line))
            default: (status, type, body) = (.notFound, Self.plain, allocator.buffer(string: "not found: try /metrics\n"))
            }
        }
        write(head, status, type, body, context: context)
    }

    /// `/-/reload`: POST or PUT reads the config again (200, or 500 with why it was refused),
    /// when the lifecycle API is on (403 when not), as Prometheus answers it.
    private func reload(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let allocator = context.channel.allocator
        guard head.method == .POST || head.method == .PUT else {
            return write(head, .methodNotAllowed, Self.plain, allocator.buffer(string: "only POST or PUT\n"), context: context)
        }
        guard let reload = routes.reload else {
            let line = Wording(.webLifecycleOff).text(.english) + "\n"
            return write(head, .forbidden, Self.plain, allocator.buffer(string: line), context: context)
        }
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let done = context.eventLoop.makePromise(of: ReloadQueue<Wording>.Outcome.self)
        done.completeWithTask { await reload() }
        done.futureResult.whenSuccess { outcome in
            let (handler, context) = bound.value
            let line = ReloadQueue<Wording>.line(outcome).text(.english).escapingControlCharacters + "\n"
            let status: HTTPResponseStatus = if case .success = outcome { .ok } else { .internalServerError }
            handler.write(head, status, Self.plain, context.channel.allocator.buffer(string: line), context: context)
        }
    }

    /// Writes one answer, with the web config's headers, and closes a connection not kept alive.
    private func write(
        _ head: HTTPRequestHead, _ status: HTTPResponseStatus, _ type: String, _ body: ByteBuffer, extra: [(String, String)] = [],
        context: ChannelHandlerContext
    ) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: type)
        headers.add(name: "Content-Length", value: String(body.readableBytes))
        for (name, value) in extra { headers.add(name: name, value: value) }
        for header in web.config.headers { headers.add(name: header.name, value: header.value) }
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
