/// Percent-encoding as the SDK signer does it: every byte but `A-Z a-z 0-9 - _ . ~` becomes `%XX`;
/// and form encoding, the same with a space as `+`, as object names are sent to CreateSyncEvents.
public enum PercentEncoding {
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Encodes `text`, leaving only unreserved characters as they are.
    public static func encode(_ text: some StringProtocol) -> String {
        encode(text, spaceAsPlus: false)
    }

    /// Form-encodes `text` (`application/x-www-form-urlencoded`, as Python's `urllib.parse.quote_plus`
    /// does): unreserved characters stay, a space becomes `+`, every other UTF-8 byte `%XX`. The
    /// object `test/001.txt` is sent as `test%2F001.txt`, and `a b+c` as `a+b%2Bc`.
    public static func formEncode(_ text: some StringProtocol) -> String {
        encode(text, spaceAsPlus: true)
    }

    private static func encode(_ text: some StringProtocol, spaceAsPlus: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else if spaceAsPlus, byte == UInt8(ascii: " ") {
                bytes.append(UInt8(ascii: "+"))
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes `%XX` escapes (and `+` as space when `plusAsSpace`), as in paths, queries and a URL's
    /// user and password; a `%` not followed by two hex digits stays as it is.
    public static func decode(_ text: some StringProtocol, plusAsSpace: Bool = false) -> String {
        String(decoding: decodedBytes(text, plusAsSpace: plusAsSpace, strict: false)!, as: UTF8.self)
    }

    /// The bytes `text` stands for; when `strict`, nil if a `%` does not start an escape.
    static func decodedBytes(_ text: some StringProtocol, plusAsSpace: Bool, strict: Bool) -> [UInt8]? {
        decodedBytes(utf8: Array(text.utf8), plusAsSpace: plusAsSpace, strict: strict)
    }

    private static func decodedBytes(utf8 input: [UInt8], plusAsSpace: Bool, strict: Bool) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%"), index + 2 < input.count,
                let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else if strict, byte == UInt8(ascii: "%") {
                return nil
            } else {
                output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return output
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// The value of a hex digit, either case.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
