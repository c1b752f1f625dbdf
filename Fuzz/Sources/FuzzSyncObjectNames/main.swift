// Feeds a names file to the reader of `sync-objects --from-file` in chunks, and each name to the
// encoder of CreateSyncEvents.
//
// The first byte picks the chunk size (1 to 256); the rest is the file.
// Rules: the chunked reading gives the lines a plain reading of the whole file gives (a line ends at
// "\n" or "\r\n", empty lines skipped, numbers counted over every line, a line over the limit or not
// UTF-8 reported as such); every name encodes to unreserved characters, "+" and %XX only, decodes
// back, and passes as it is when given as encoded; the encoder refuses exactly the names that are
// empty or too long once encoded.
import FuzzSupport
import OMSCore

private let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8)

/// The reference reading, written for clarity rather than for streaming.
private func referenceLines(_ bytes: [UInt8]) -> [NameLineSplitter.Line] {
    var pieces = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    if pieces.last?.isEmpty == true { pieces.removeLast() }  // the break that ends the file ends no line
    var lines: [NameLineSplitter.Line] = []
    for (index, piece) in pieces.enumerated() {
        let line = piece.last == UInt8(ascii: "\r") ? Array(piece.dropLast()) : piece
        guard !line.isEmpty else { continue }
        let name: Result<String, SyncObjectName.Problem> =
            line.count > NameLineSplitter.maxLineBytes ? .failure(.lineTooLong(bytes: line.count))
            : String(validating: line, as: UTF8.self).map { .success($0) } ?? .failure(.notUTF8)
        lines.append(NameLineSplitter.Line(number: index + 1, name: name))
    }
    return lines
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSyncObjectNames(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = FuzzInput(start, count).bytes
    guard let first = input.first else { return 0 }
    let chunk = Int(first) + 1
    let file = Array(input.dropFirst())
    var splitter = NameLineSplitter()
    var lines: [NameLineSplitter.Line] = []
    var index = 0
    while index < file.count {
        lines += splitter.feed(file[index..<min(file.count, index + chunk)])
        index += chunk
    }
    if let last = splitter.finish() { lines.append(last) }
    let expected = referenceLines(file)
    expect(lines == expected, "chunks of \(chunk) read \(lines.count) lines, not the \(expected.count) of the whole file")

    for line in lines {
        guard case .success(let name) = line.name else { continue }
        let encoded = PercentEncoding.formEncode(name)
        expect(
            encoded.utf8.allSatisfy { unreserved.contains($0) || $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") },
            "\(name.debugDescription) encodes as \(encoded.debugDescription)")
        expect(PercentEncoding.decode(encoded, plusAsSpace: true) == name, "\(encoded.debugDescription) does not decode back")
        do {
            let key = try SyncObjectName.key(for: name, alreadyEncoded: false)
            expect(key == encoded, "the key of \(name.debugDescription) is not its encoding")
            expect(try SyncObjectName.key(for: key, alreadyEncoded: true) == key, "\(key.debugDescription) is refused as encoded")
        } catch SyncObjectName.Problem.tooLong(let length) {
            expect(length == encoded.utf8.count && length > CreateSyncEventsRequest.maxEncodedNameLength, "a wrong length \(length)")
        } catch {
            expect(false, "\(name.debugDescription) is refused: \(error)")
        }
        if let asIs = try? SyncObjectName.key(for: name, alreadyEncoded: true) {
            expect(asIs == name, "an encoded name is sent as it is")
        }
    }
    return 0
}
