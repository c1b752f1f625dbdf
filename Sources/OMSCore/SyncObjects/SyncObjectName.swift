import OMSWords

/// One object name for CreateSyncEvents, checked and encoded as it is sent: what `sync-objects`, the
/// dashboard's prompt and the simulator all use.
public enum SyncObjectName {
    /// Why a name cannot be sent.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        /// Longer than the API takes once encoded.
        case tooLong(encodedLength: Int)
        /// Given as encoded, but a `%` does not start an escape or the bytes are not UTF-8.
        case notEncoded
        /// Bytes that are not UTF-8, in a names file.
        case notUTF8
        /// A line of a names file longer than any name the API takes, even before encoding.
        case lineTooLong(bytes: Int)

        /// The problem in a few words, for "line 12: …", in English.
        public var message: String { wording.english }

        /// The problem in a few words, as words of the table.
        public var wording: Wording {
            let limit = String(CreateSyncEventsRequest.maxEncodedNameLength)
            return switch self {
            case .empty: Wording(.nameEmpty)
            case .tooLong(let length): Wording(.nameTooLong, ["length": String(length), "limit": limit])
            case .notEncoded: Wording(.nameNotEncoded)
            case .notUTF8: Wording(.nameNotUTF8)
            case .lineTooLong(let bytes): Wording(.nameLineTooLong, ["bytes": String(bytes), "limit": limit])
            }
        }
    }

    /// The name as it is sent: form-encoded here, or checked as it is when `alreadyEncoded`.
    public static func key(for name: String, alreadyEncoded: Bool) throws(Problem) -> String {
        guard !name.isEmpty else { throw .empty }
        let key = alreadyEncoded ? name : PercentEncoding.formEncode(name)
        if alreadyEncoded, !isDecodable(key) { throw .notEncoded }
        let length = key.utf8.count
        guard length <= CreateSyncEventsRequest.maxEncodedNameLength else { throw .tooLong(encodedLength: length) }
        return key
    }

    /// Whether every `%` starts an escape of two hex digits and the bytes it stands for are UTF-8.
    static func isDecodable(_ key: String) -> Bool {
        guard let bytes = PercentEncoding.decodedBytes(key, plusAsSpace: true, strict: true) else { return false }
        return String(validating: bytes, as: UTF8.self) != nil
    }
}
