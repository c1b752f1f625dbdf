// Feeds HTTP answers to the decoder of every operation. The input's first byte picks the operation
// ('0' list, '1' show, '2' statistics, '3' create, '4' start, stop or delete, '5' IAM project
// discovery), the second the status ('0' 200 … '9' 502), the rest up to the first newline is the
// X-Request-Id header and the rest after it the body.
//
// Rules: an answer decodes, and then encodes again as `--format json` prints it, or it becomes an
// `OMSError` whose message is one clear line.
import FoundationEssentials
import FuzzSupport
@testable import OMSCore

private let statuses = [200, 201, 204, 400, 401, 403, 404, 429, 500, 502]

private func decode<Answer: Decodable>(_ type: Answer.Type, _ exchange: HTTPExchange, as name: String) throws {
    let operation = ServiceFailure.Operation(name: name, taskID: "fuzz-task", region: "cn-north-4", credentials: "AK AKCA…3N")
    let answer = try ResponseDecoder.decode(type, from: exchange, operation: operation)
    if let encodable = answer as? any Encodable {
        expect((try? JSONEncoder().encode(encodable)) != nil, "a decoded \(name) answer does not encode")
    }
}

private let operations: [@Sendable (HTTPExchange) throws -> Void] = [
    { try decode(SyncTaskPage.self, $0, as: "list") },
    { try decode(SyncTask.self, $0, as: "show") },
    { try decode(TaskStatistics.self, $0, as: "statistics") },
    { try decode(CreateSyncTaskResponse.self, $0, as: "create") },
    { try decode(EmptyAnswer.self, $0, as: "start") },
    { try decode(ProjectDiscovery.Answer.self, $0, as: "project discovery") },
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    guard input.bytes.count >= 2 else { return 0 }
    let rest = input.bytes.dropFirst(2)
    let lineEnd = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
    let requestID = String(decoding: rest[..<lineEnd], as: UTF8.self)
    let exchange = HTTPExchange(
        status: statuses[Int(input.bytes[1]) % statuses.count], requestID: requestID.isEmpty ? nil : requestID,
        retryAfter: nil, body: Array(rest[lineEnd...].dropFirst()))
    do {
        try operations[Int(input.bytes[0]) % operations.count](exchange)
    } catch let error as OMSError {
        expectClearMessage(error.message, about: input.text.debugDescription)
    } catch {
        expect(false, "\(type(of: error)) instead of an OMSError: \(error)")
    }
    return 0
}
