// Feeds a failed-object list to the lines reader of `omsdash failed` in chunks, and the same bytes
// to the readers of OBS's XML answers (a bucket listing, an error).
//
// The first byte picks the chunk size (1 to 256); the rest is the list.
// Rules: every line that holds anything is given back once, as an object or as unreadable (the
// first may be a header and give nothing), in order, with its number; a line is read from its
// bytes as from its text, and one that is not UTF-8 gives no object; an object's name is never
// empty; the summary counts each name once and never more objects than lines; the XML readers
// never fail, and every key they read is text of the answer.
import FuzzSupport
import OMSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzObjectLists(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = FuzzInput(start, count).bytes
    guard let first = input.first else { return 0 }
    let chunk = Int(first) + 1
    let file = Array(input.dropFirst())
    var splitter = NameLineSplitter()
    var reader = ObjectListLineReader(list: "list")
    var textReader = ObjectListLineReader(list: "list")
    var summary = ObjectListSummary(kind: .failed, bucket: "b", prefix: "p", limit: 10)
    var given: [Int] = []
    func take(_ number: Int, _ bytes: Result<UnsafeBufferPointer<UInt8>, SyncObjectName.Problem>) {
        guard case .success(let bytes) = bytes else { return }
        let read = reader.read(bytes: bytes, number: number)
        if let text = String(validating: bytes, as: UTF8.self) {
            expect(same(read, textReader.read(text, number: number)), "line \(number) is read otherwise from its bytes than from its text")
        } else if case .object? = read {
            expect(false, "line \(number) is not UTF-8 but gave an object")
        }
        switch read {
        case .object(let object)?:
            expect(!object.name.isEmpty, "line \(number) gave an object without a name")
            expect(object.line == number, "line \(number) gave an object of line \(object.line)")
            summary.add(object)
            given.append(number)
        case .unreadable(let unreadable)?:
            expect(unreadable.line == number, "line \(number) is given back as line \(unreadable.line)")
            summary.add(unreadable)
            given.append(number)
        case nil:
            expect(number == 1, "line \(number) was taken for a header after the first line")
        }
    }
    var index = 0
    while index < file.count {
        splitter.feed(file[index..<min(file.count, index + chunk)], bytes: take)
        index += chunk
    }
    splitter.finish(bytes: take)
    expect(given == given.sorted(), "lines given out of order")
    expect(summary.total <= summary.lines && summary.objects.count <= min(10, summary.total), "the summary counts more than it read")
    expect(summary.byReason.values.reduce(0, +) == summary.total, "the reasons' counts do not add up")

    let text = String(decoding: file, as: UTF8.self)
    if let listing = BucketListing(xml: file), !text.contains("&") {
        for object in listing.objects {
            expect(text.contains(object.key), "a key that is not in the answer: \(object.key.debugDescription)")
        }
    }
    let failure = StorageFailure(status: 403, body: file, requestID: nil, endpoint: "e", bucket: "b", key: nil, credentials: "c")
    expect(!failure.wording.english.isEmpty, "an error without words")
    return 0
}

/// Whether two readings of a line are the same reading.
func same(_ first: ListLine?, _ second: ListLine?) -> Bool {
    switch (first, second) {
    case (nil, nil): true
    case (.object(let a)?, .object(let b)?): a == b
    case (.unreadable(let a)?, .unreadable(let b)?): a.line == b.line && a.text == b.text
    default: false
    }
}
