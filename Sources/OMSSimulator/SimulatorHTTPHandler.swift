import FoundationEssentials
import NIOCore
import NIOHTTP1
import OMSCore

/// Collects one HTTP request, asks the service, applies faults and latency, and writes the answer.
final class SimulatorHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let service: SimulatorService
    private let faults: FaultInjector
    private let log: (@Sendable (String) -> Void)?
    private var head: HTTPRequestHead?
    private var body: ByteBuffer?

    init(service: SimulatorService, faults: FaultInjector, log: (@Sendable (String) -> Void)?) {
        self.service = service
        self.faults = faults
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = nil
        case .body(var chunk):
            if body == nil { body = chunk } else { body!.writeBuffer(&chunk) }
        case .end:
            guard let head else { return }
            self.head = nil
            answer(head: head, body: body.map { Array($0.readableBytesView) } ?? [], context: context)
        }
    }

    private func answer(head: HTTPRequestHead, body: [UInt8], context: ChannelHandlerContext) {
        let request = SimulatorRequest(
            method: head.method.rawValue, uri: head.uri, headers: head.headers.map { ($0.name, $0.value) }, body: body)
        let api = SimulatedAPI(uri: head.uri)
        let agent = head.headers.first(name: "User-Agent").map { " \"\($0)\"" } ?? ""
        if faults.cutsOff(service.region(of: request)) {
            log?("\(head.method.rawValue) \(head.uri) dropped [\(Fault.unreachable.rawValue)]\(agent)")
            context.close(promise: nil)
            return
        }
        var response = service.respond(to: request)
        let fault = faults.draw(for: api)
        if fault == .drop {
            log?("\(head.method.rawValue) \(head.uri) dropped [drop]\(agent)")
            context.close(promise: nil)
            return
        }
        let requestID = response.headers.first { $0.name == "X-Request-Id" }?.value ?? ""
        response = faults.apply(fault, to: response, requestID: requestID)
        let names = log == nil || head.method != .POST ? ""
            : head.uri.hasSuffix("/events") ? Self.namesNote(body)
            : head.uri.hasSuffix("/securitytokens") ? Self.accountNote(body) : ""
        log?("\(head.method.rawValue) \(head.uri) \(response.status)\(names)\(fault == .none ? "" : " [\(fault.rawValue)]")\(agent)")
        var delay = api.map(faults.plan.apis.contains) == true ? Int64(faults.plan.latencyMilliseconds) : 0
        if fault == .slow { delay += Int64(faults.plan.slowSeconds * 1000) }
        let keepAlive = head.isKeepAlive
        let finalResponse = response
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        let send = { @Sendable in Self.write(finalResponse, keepAlive: keepAlive, version: head.version, context: bound.value) }
        if delay > 0 {
            context.eventLoop.scheduleTask(in: .milliseconds(delay), send)
        } else {
            send()
        }
    }

    private static func write(
        _ response: SimulatorResponse, keepAlive: Bool, version: HTTPVersion, context: ChannelHandlerContext
    ) {
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: response.contentType)
        headers.add(name: "Content-Length", value: String(response.body.count))
        headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        for header in response.headers { headers.add(name: header.name, value: header.value) }
        let head = HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        context.write(NIOAny(HTTPServerResponsePart.head(head)), promise: nil)
        if !response.body.isEmpty {
            let buffer = context.channel.allocator.buffer(bytes: response.body)
            context.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(buffer))), promise: nil)
        }
        let done = context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil)))
        if !keepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }

    /// For the log of an assume_role: " (tenant-0003)", the account it asked a key for.
    static func accountNote(_ body: [UInt8]) -> String {
        let domain = #/"domain_(?:name|id)"\s*:\s*"([^"]+)"/#
        guard let text = String(validating: body, as: UTF8.self), let match = text.firstMatch(of: domain) else { return "" }
        return " (\(match.1))"
    }

    /// For the log of a CreateSyncEvents call: " (3 names: a%2Fb c+d e)", the names as sent.
    static func namesNote(_ body: [UInt8]) -> String {
        guard let request = try? JSONInput.decode(CreateSyncEventsRequest.self, from: Data(body)) else { return "" }
        let count = request.objectKeys.count
        return " (\(count) name\(count == 1 ? "" : "s"): \(request.objectKeys.joined(separator: " ")))"
    }
}
