import OMSCore
import Testing

@Suite("Names files: one name a line, read as bytes arrive")
struct NameLineSplitterTests {
    /// The names (or problems) of `text` fed in chunks of `size` bytes.
    func lines(_ bytes: [UInt8], chunk size: Int) -> [NameLineSplitter.Line] {
        var splitter = NameLineSplitter()
        var lines: [NameLineSplitter.Line] = []
        var index = 0
        while index < bytes.count {
            lines += splitter.feed(bytes[index..<min(bytes.count, index + size)])
            index += size
        }
        if let last = splitter.finish() { lines.append(last) }
        return lines
    }

    @Test("a line is a name exactly as written; \\r\\n ends a line too; empty lines are skipped, numbers kept", arguments: [1, 2, 3, 7, 4096])
    func lines(chunk: Int) {
        let text = " leading and trailing \r\nlogs/a+b.gz\n\n\r\n照片/猫 1.jpg\nno newline at the end"
        let lines = lines(Array(text.utf8), chunk: chunk)
        #expect(lines.map(\.number) == [1, 2, 5, 6])
        #expect(lines.map { try? $0.name.get() } == [" leading and trailing ", "logs/a+b.gz", "照片/猫 1.jpg", "no newline at the end"])
    }

    @Test("bytes that are not UTF-8 and a line longer than any name are problems of their line, not kept")
    func problems() {
        let overlong = [UInt8](repeating: UInt8(ascii: "x"), count: NameLineSplitter.maxLineBytes + 5)
        let bytes = Array("ok\n".utf8) + [0xFF, 0xFE] + Array("\n".utf8) + overlong + Array("\r\nlast".utf8)
        let lines = lines(bytes, chunk: 1000)
        #expect(lines.count == 4)
        #expect(lines[1].name == .failure(.notUTF8))
        #expect(lines[2].name == .failure(.lineTooLong(bytes: NameLineSplitter.maxLineBytes + 5)))
        #expect(lines[3].name == .success("last") && lines[3].number == 4)
    }

    @Test("a name is checked as it is sent: empty, too long once encoded, or not encoded when said to be")
    func names() throws {
        #expect(try SyncObjectName.key(for: "a b/c", alreadyEncoded: false) == "a+b%2Fc")
        #expect(try SyncObjectName.key(for: "a+b%2Fc", alreadyEncoded: true) == "a+b%2Fc")
        #expect(throws: SyncObjectName.Problem.empty) { try SyncObjectName.key(for: "", alreadyEncoded: false) }
        #expect(throws: SyncObjectName.Problem.notEncoded) { try SyncObjectName.key(for: "50%", alreadyEncoded: true) }
        #expect(throws: SyncObjectName.Problem.notEncoded) { try SyncObjectName.key(for: "%FF", alreadyEncoded: true) }
        let chinese = String(repeating: "路", count: 1_821)  // 5,463 bytes; 16,389 characters once encoded
        #expect(throws: SyncObjectName.Problem.tooLong(encodedLength: 16_389)) { try SyncObjectName.key(for: chinese, alreadyEncoded: false) }
        #expect(try SyncObjectName.key(for: String(chinese.dropLast()), alreadyEncoded: false).utf8.count == 16_380)
    }
}
