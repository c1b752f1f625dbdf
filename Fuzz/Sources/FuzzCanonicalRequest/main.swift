// Feeds requests to the signer's canonical form. The input's lines are the method, the path, the
// query ("name=value&…", decoded), the headers ("Name:value|…") and then the body.
//
// Rules: the canonical request has its six parts and one line per signed header, whatever the
// input; its URI and query hold only encoded characters; the order of the query does not change
// it; the signature is 64 hex digits.
import FuzzSupport
import OMSCore

private func pairs(_ text: String, separator: Character, between: Character) -> [(name: String, value: String)] {
    text.split(separator: separator).map { item in
        let parts = item.split(separator: between, maxSplits: 1, omittingEmptySubsequences: false)
        return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }
}

private func only(_ allowed: String, in text: String) -> Bool {
    text.utf8.allSatisfy { byte in
        byte < 0x80 && (Character(Unicode.Scalar(byte)).isLetter || Character(Unicode.Scalar(byte)).isNumber
            || "-_.~%".utf8.contains(byte) || allowed.utf8.contains(byte))
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCanonicalRequest(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let lines = input.parts(5)
    let request = SignableRequest(
        method: lines[0], path: lines[1], query: pairs(lines[2], separator: "&", between: "="),
        headers: pairs(lines[3], separator: "|", between: ":"), body: Array(lines[4].utf8))
    let names = request.signableHeaderNames
    let canonical = RequestSigner.canonicalRequest(request, signedHeaders: names)
    let parts = canonical.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    expect(parts.count == 6 + names.count, "\(parts.count) lines for \(names.count) signed headers: \(canonical.debugDescription)")
    expect(only("/", in: request.canonicalURI), "the URI \(request.canonicalURI.debugDescription)")
    expect(only("=&", in: request.canonicalQuery), "the query \(request.canonicalQuery.debugDescription)")
    var reordered = request
    reordered.query.reverse()
    expect(RequestSigner.canonicalRequest(reordered, signedHeaders: names) == canonical, "the query's order changes \(canonical.debugDescription)")
    let signature = RequestSigner(accessKey: "AKFUZZ", secretKey: Secret("fuzz-sk")).signature(for: request, signedHeaders: names)
    expect(signature.count == 64 && only("", in: signature), "the signature \(signature.debugDescription)")
    return 0
}
