import FoundationEssentials

/// The standard JSON decoder for bytes from outside (answers, files, request bodies), without its
/// one trap: it stops the process, instead of throwing, when its limit of 512 nested arrays falls
/// on the last byte (`[` 513 times, nothing after). No JSON text ends with an opening bracket, so
/// such bytes are refused as corrupted before the decoder sees them.
public enum JSONInput {
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        if let last = data.last, last == UInt8(ascii: "[") || last == UInt8(ascii: "{") {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "The given data was not valid JSON: it ends with an opening bracket."))
        }
        return try JSONDecoder().decode(type, from: data)
    }
}
