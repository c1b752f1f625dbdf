import FoundationEssentials

/// Turns an HTTP answer into a decoded value or the `OMSError` it stands for.
enum ResponseDecoder {
    static func decode<Answer: Decodable>(
        _ type: Answer.Type, from exchange: HTTPExchange, operation: ServiceFailure.Operation
    ) throws -> Answer {
        guard (200..<300).contains(exchange.status) else {
            throw failure(from: exchange, operation: operation)
        }
        if Answer.self == EmptyAnswer.self { return EmptyAnswer() as! Answer }
        if Answer.self == TaskStatistics.self, let statistics = StatisticsBodyReader.read(exchange.body) {
            return statistics as! Answer
        }
        do {
            return try JSONInput.decode(Answer.self, from: Data(exchange.body))
        } catch {
            throw OMSError.invalidResponse(
                status: exchange.status, requestID: exchange.requestID, detail: describe(error, body: exchange.body))
        }
    }

    static func failure(from exchange: HTTPExchange, operation: ServiceFailure.Operation) -> OMSError {
        guard let body = try? JSONInput.decode(APIErrorBody.self, from: Data(exchange.body)),
            body.errorCode != nil || body.errorMessage != nil
        else {
            if exchange.body.isEmpty || exchange.status == 401 || exchange.status == 429 {
                return .service(ServiceFailure(
                    status: exchange.status, errorCode: nil, errorMessage: nil, requestID: exchange.requestID,
                    operation: operation, keyRenewing: exchange.refusedKeyRenewing, retryAfterSeconds: exchange.retryAfter))
            }
            return .invalidResponse(
                status: exchange.status, requestID: exchange.requestID, detail: snippet(exchange.body))
        }
        return .service(ServiceFailure(
            status: exchange.status, errorCode: body.errorCode, errorMessage: body.errorMessage,
            requestID: exchange.requestID ?? body.requestID, operation: operation, keyRenewing: exchange.refusedKeyRenewing,
            retryAfterSeconds: exchange.retryAfter))
    }

    private static func describe(_ error: any Error, body: [UInt8]) -> String {
        if case DecodingError.dataCorrupted = error { return "malformed or truncated JSON: " + snippet(body) }
        if case DecodingError.keyNotFound(let key, _) = error { return "no \(key.stringValue) in the answer" }
        return "JSON not as documented: " + snippet(body)
    }

    /// The start of a body on one line, for messages.
    static func snippet(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(80), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
        return body.isEmpty ? "empty body" : "\"\(text)\(body.count > 80 ? "…" : "")\""
    }
}
