/// The body of CreateSyncEvents: the names of the source objects a sync task is to synchronize,
/// each form-encoded (`PercentEncoding.formEncode`), at most `maxObjectsPerCall` a call.
public struct CreateSyncEventsRequest: Codable, Sendable, Equatable {
    /// The most names one call takes, as the API's text says (its schema reads 100).
    public static let maxObjectsPerCall = 10
    /// The longest name the API takes, once encoded.
    public static let maxEncodedNameLength = 16_384
    /// The pace omsdash sends batches at unless told otherwise: 5 a second (50 names), well inside
    /// the API gateway's throttle.
    public static let defaultBatchesPerSecond = 5.0

    /// The names as sent: encoded.
    public var objectKeys: [String]

    /// A body of names already encoded.
    public init(encodedKeys: [String]) { objectKeys = encodedKeys }

    /// A body of object names as they are in the bucket, encoded here.
    public init(names: [String]) { objectKeys = names.map { PercentEncoding.formEncode($0) } }

    /// The names as they are in the bucket.
    public var names: [String] { objectKeys.map { PercentEncoding.decode($0, plusAsSpace: true) } }

    enum CodingKeys: String, CodingKey {
        case objectKeys = "object_keys"
    }
}
