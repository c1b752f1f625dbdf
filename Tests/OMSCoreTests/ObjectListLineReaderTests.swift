@testable import OMSCore
import Testing

@Suite("The lines of a failed-object list: any delimiter, order and header; unreadable lines kept")
struct ObjectListLineReaderTests {
    private func read(_ lines: [String]) -> [ListLine] {
        var reader = ObjectListLineReader(list: "list.txt")
        return lines.enumerated().compactMap { reader.read($0.element, number: $0.offset + 1) }
    }

    private func listed(_ line: ListLine?) -> ListedObject? {
        if case .object(let object)? = line { return object }
        return nil
    }

    @Test("the documented fields, tab-separated: reason, time, encoded name, name, error code")
    func documentedOrder() throws {
        let lines = read(["The object does not exist\t2026-12-07 10:15:32\tphotos%2F%E7%8C%AB%201.jpg\tphotos/猫 1.jpg\tNoSuchKey"])
        let object = try #require(listed(lines.first))
        #expect(object.name == "photos/猫 1.jpg")
        #expect(object.reason == "The object does not exist")
        #expect(object.time == "2026-12-07 10:15:32")
        #expect(object.errorCode == "NoSuchKey")
        #expect(object.line == 1 && object.list == "list.txt")
    }

    @Test("another order, commas, and a name that holds the delimiter itself")
    func otherOrderAndDelimiter() throws {
        let lines = read([
            "a%2Bb%2C7.csv,a+b,7.csv,RequestTimeout,Reading the source object timed out,1765100000000",
            "logs/x.gz,logs%2Fx.gz,AccessDenied,denied,2026-12-07T02:15:32Z",
        ])
        let first = try #require(listed(lines[0]))
        #expect(first.name == "a+b,7.csv", "the encoded field decodes to the two fields the comma split")
        #expect(first.errorCode == "RequestTimeout")
        #expect(first.reason == "Reading the source object timed out")
        #expect(first.time == "1765100000000")
        let second = try #require(listed(lines[1]))
        #expect(second.name == "logs/x.gz")
        #expect(second.errorCode == "AccessDenied" && second.reason == "denied" && second.time == "2026-12-07T02:15:32Z")
    }

    @Test("a header names the columns in any order; a raw name with the delimiter goes back together")
    func header() throws {
        let lines = read([
            "object_key|error_code|failed_time|failure_reason",
            "docs/a|b.txt|NoSuchKey|2026-12-07 10:00:00|gone",
            "docs/plain.txt|AccessDenied|2026-12-07 10:00:01|no access",
        ])
        #expect(lines.count == 2, "the header is not an object")
        let first = try #require(listed(lines[0]))
        #expect(first.name == "docs/a|b.txt" && first.errorCode == "NoSuchKey" && first.reason == "gone")
        #expect(first.line == 2)
        #expect(listed(lines[1])?.name == "docs/plain.txt")
    }

    @Test("only line 1 can be a header: after a line the reader never saw, column names are a line like any other")
    func headerOnlyOnLineOne() {
        var reader = ObjectListLineReader(list: "list.txt")
        let second = reader.read("reason\tencoded\tname\tcode", number: 2)
        #expect(second != nil, "line 1 was not UTF-8 and never reached the reader; line 2 is still not a header")
    }

    @Test("a line that is not UTF-8 is unreadable from its bytes even when the bad bytes are in a field the columns do not keep")
    func notUTF8InAnIgnoredField() {
        var reader = ObjectListLineReader(list: "list.txt")
        func read(_ bytes: [UInt8], _ number: Int) -> ListLine? { bytes.withUnsafeBufferPointer { reader.read(bytes: $0, number: number) } }
        let learned = Array("logs/x.gz,logs%2Fx.gz,denied,,2026-12-07T02:15:30".utf8)
        #expect(listed(read(learned, 1))?.name == "logs/x.gz")
        for bad in [Array("logs/x.gz,logs%2Fx.gz,denied,2".utf8) + [0xD7] + Array("3,2026-12-07T02:15:30".utf8),
                    Array("logs/x.gz,logs%2Fx.gz,denied,,2026-12-07T02:15:30".utf8) + [0xFF]] {
            guard case .unreadable? = read(bad, 2) else {
                Issue.record("a line that is not UTF-8 gave \(String(describing: read(bad, 2)))")
                continue
            }
        }
    }

    @Test("form encoding (+ for a space) is read too; a file of one field a line is a file of names")
    func formEncodingAndBareNames() throws {
        #expect(listed(read(["failed\treport+3.pdf\treport 3.pdf\tNoSuchKey"]).first)?.name == "report 3.pdf")
        #expect(read(["just/a name.txt", "and/another"]).map { listed($0)?.name } == ["just/a name.txt", "and/another"])
        let mixed = read(["failed\treport+3.pdf\treport 3.pdf\tNoSuchKey", "just/a name.txt"])
        #expect(listed(mixed[1]) == nil, "one field among delimited lines is not a name")
    }

    @Test("a line with no name in it is given back as it is, with its number")
    func unreadable() {
        let lines = read(["reason only\tNoSuchKey", "bad%zz\tother"])
        for (index, line) in lines.enumerated() {
            guard case .unreadable(let unreadable) = line else {
                Issue.record("line \(index + 1) was read as an object: \(line)")
                continue
            }
            #expect(unreadable.line == index + 1 && unreadable.list == "list.txt")
        }
        #expect(lines.count == 2)
    }

    @Test("the reading order: the subtask written last first, its newest list first")
    func readingOrder() {
        let prefix = ObjectListKind.failed.prefix(taskID: "t")
        func file(_ subtask: String, _ time: String) -> ObjectListFile {
            ObjectListFile(StoredObject(key: "\(prefix)\(subtask)/\(time).failed_list.txt", size: 1, lastModified: time), kind: .failed, prefix: prefix)!
        }
        let files = [file("a", "2026-12-01"), file("b", "2026-12-03"), file("a", "2026-12-05"), file("b", "2026-12-02")]
        #expect(ObjectListFile.readingOrder(files).map { "\($0.subtask) \($0.lastModified)" } == [
            "a 2026-12-05", "a 2026-12-01", "b 2026-12-03", "b 2026-12-02",
        ])
        #expect(ObjectListFile(StoredObject(key: prefix + "a/x.success_list.txt", size: 1, lastModified: ""), kind: .failed, prefix: prefix) == nil)
    }

    @Test("a name is counted once, its newest line winning; the filter asks that line")
    func summaryDeduplicates() {
        var summary = ObjectListSummary(kind: .failed, bucket: "b", prefix: "p", limit: 1, filter: ListedObjectFilter(errorCode: "nosuchkey"))
        let newer = ListedObject(name: "a", reason: "gone", errorCode: "NoSuchKey", time: nil, list: "new", line: 1)
        let older = ListedObject(name: "a", reason: "slow", errorCode: "RequestTimeout", time: nil, list: "old", line: 9)
        let other = ListedObject(name: "b", reason: "gone", errorCode: "NoSuchKey", time: nil, list: "old", line: 3)
        #expect(summary.add(newer) && !summary.add(older) && summary.add(other))
        #expect(summary.total == 2 && summary.distinct == 2 && summary.lines == 3)
        #expect(summary.objects == [newer], "the limit keeps the first")
        #expect(summary.byErrorCode == ["NoSuchKey": 2])
    }

    @Test("a line read from its bytes is read as from its text; bytes that are not UTF-8 make it unreadable, wherever they are")
    func readFromBytes() throws {
        let lines: [[UInt8]] = [
            Array("gone\t2026-12-07 10:00:00\ta%2Fb.txt\ta/b.txt\tNoSuchKey".utf8),
            Array("gone\t2026-12-07 10:00:01\tc%20d.txt\tc d.txt\tNoSuchKey".utf8),
            Array("gone\t2026-12-07 10:00:02\te%FF.txt\te".utf8) + [0xFF] + Array(".txt\tNoSuchKey".utf8),
            Array("bad \u{00}".utf8) + [0xC3] + Array("\t2026-12-07 10:00:03\tf.txt\tf.txt\tNoSuchKey".utf8),
        ]
        var reader = ObjectListLineReader(list: "list.txt")
        let read = lines.enumerated().map { line in line.element.withUnsafeBufferPointer { reader.read(bytes: $0, number: line.offset + 1) } }
        #expect(listed(read[0])?.name == "a/b.txt")
        let second = try #require(listed(read[1]))
        #expect(second.name == "c d.txt" && second.reason == "gone" && second.time == "2026-12-07 10:00:01" && second.line == 2)
        for index in [2, 3] {
            guard case .unreadable(let line)? = read[index] else {
                Issue.record("line \(index + 1) was read as \(String(describing: read[index]))")
                continue
            }
            #expect(line.line == index + 1)
        }
    }

    @Test("counts by value: the first values looked for in order, the rest by a dictionary, every count kept")
    func valueTally() {
        var tally = ValueTally()
        let values = (0..<20).map { "reason \($0)" }
        for round in 1...3 { for value in values.prefix(round == 3 ? 20 : 12) { tally.add(value) } }
        tally.add(String("reason 19".utf8.map { Character(Unicode.Scalar($0)) }))
        #expect(tally.counts.count == 20)
        #expect(tally.counts["reason 0"] == 3 && tally.counts["reason 11"] == 3 && tally.counts["reason 12"] == 1)
        #expect(tally.counts["reason 19"] == 2, "a value made anew counts with its equal")
    }

    @Test("a reason is kept once and given back for the same bytes; bytes that are not UTF-8 give none")
    func fieldValues() {
        var values = FieldValues()
        let first = Array("gone".utf8).withUnsafeBufferPointer { values.value(of: $0) }
        let again = Array("gone".utf8).withUnsafeBufferPointer { values.value(of: $0) }
        #expect(first == "gone" && again == "gone")
        #expect([UInt8]([0x67, 0xFF]).withUnsafeBufferPointer { values.value(of: $0) } == nil)
    }
}
