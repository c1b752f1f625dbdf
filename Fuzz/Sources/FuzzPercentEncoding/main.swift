// Feeds text to percent-encoding, as the signer encodes paths and queries and as proxy URLs carry
// their user and password.
//
// Rules: encoding leaves only unreserved characters and %XX escapes, and decoding undoes it;
// decoding agrees with a plain reading of RFC 3986 on every input, well-formed or not: "%" and two
// hex digits is one byte, anything else stays as it is ("%+1" included).
import FuzzSupport
import OMSCore

private let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8)
private let hexDigits = Set("0123456789abcdefABCDEF".utf8)

/// The reference decoder the fuzzer compares with, written for clarity rather than speed.
private func referenceDecoding(_ text: String, plusAsSpace: Bool) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var index = 0
    while index < bytes.count {
        if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count, hexDigits.contains(bytes[index + 1]),
            hexDigits.contains(bytes[index + 2])
        {
            out.append(UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)!)
            index += 3
        } else {
            out.append(plusAsSpace && bytes[index] == UInt8(ascii: "+") ? UInt8(ascii: " ") : bytes[index])
            index += 1
        }
    }
    return String(decoding: out, as: UTF8.self)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPercentEncoding(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = FuzzInput(start, count).text
    let encoded = PercentEncoding.encode(text)
    expect(
        encoded.utf8.allSatisfy { unreserved.contains($0) || $0 == UInt8(ascii: "%") },
        "\(text.debugDescription) encodes as \(encoded.debugDescription)")
    expect(PercentEncoding.decode(encoded) == text, "\(encoded.debugDescription) does not decode to \(text.debugDescription)")
    for plusAsSpace in [false, true] {
        let decoded = PercentEncoding.decode(text, plusAsSpace: plusAsSpace)
        let expected = referenceDecoding(text, plusAsSpace: plusAsSpace)
        expect(decoded == expected, "\(text.debugDescription) decodes as \(decoded.debugDescription), not \(expected.debugDescription)")
    }
    return 0
}
