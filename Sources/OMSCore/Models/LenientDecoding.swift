extension KeyedDecodingContainer {
    /// Decodes an Int64 sent as a JSON number or as a string of digits; `nil` when missing or null.
    func decodeLenientInt64(forKey key: Key) throws -> Int64? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let number = try? decode(Int64.self, forKey: key) { return number }
        if let text = try? decode(String.self, forKey: key), let number = Int64(text) { return number }
        if let double = try? decode(Double.self, forKey: key), double.isFinite,
            double >= -9.2e18, double <= 9.2e18
        {
            return Int64(double)
        }
        throw DecodingError.typeMismatch(
            Int64.self,
            .init(codingPath: codingPath + [key], debugDescription: "expected an integer"))
    }

    /// Decodes an optional value, treating a value of the wrong type as absent.
    func decodeTolerant<T: Decodable>(_ type: T.Type, forKey key: Key) -> T? {
        (try? decodeIfPresent(type, forKey: key)) ?? nil
    }
}
