@testable import DashboardCore
import FoundationEssentials
import MonitorCore
import OMSCore
import Testing

/// Every screen of the dashboard in Chinese at 80×24, 100×30 and 140×40, as text kept in
/// `Golden/`: a change to any word, width or layout shows here as a diff to read and accept. Run
/// with `OMSDASH_RECORD_GOLDEN=1` to write the files anew after a change meant to move them.
@Suite("Golden screens in Chinese")
struct GoldenScreenTests {
    /// The screens, each the keys that lead to it from the loaded fixture state.
    static let screens: [(name: String, keys: [Key])] = [
        ("table", []),
        ("detail", [.enter]),
        ("help", [.character("?")]),
        ("filter", "/logs".map { .character($0) }),
        ("stop", [.character("x")]),
        ("timeline", [.character("e")]),
        ("form", [.character("n")]),
        ("form-problems", [.character("n"), .control("s")]),
    ]

    static let cases = ChineseScreenTests.sizes.flatMap { size in screens.map { (size.0, size.1, $0.name) } }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test("each screen matches its golden text, and no line is wider than the terminal", arguments: cases)
    func screen(width: Int, height: Int, name: String) throws {
        var state = Fixtures.loadedState(width: width, height: height)
        state.session.language = .simplifiedChinese
        for key in Self.screens.first(where: { $0.name == name })!.keys { _ = Dashboard.reduce(&state, .key(key)) }
        let grid = Dashboard.render(state)
        let lines = (0..<grid.height).map { grid.text(row: $0) }
        for (row, line) in lines.enumerated() {
            #expect(DisplayWidth.of(line) <= width, "row \(row): \(line)")
        }
        try Self.match(Self.trimmedRows(grid).joined(separator: "\n") + "\n", golden: "zh-CN-\(name)-\(width)x\(height)")
    }

    /// The grid's rows with their trailing blanks cut.
    static func trimmedRows(_ grid: Grid) -> [String] {
        (0..<grid.height).map { String(grid.text(row: $0).reversed().drop { $0 == " " }.reversed()) }
    }

    /// Compares `text` with `Golden/NAME.txt` line by line; with `OMSDASH_RECORD_GOLDEN=1`, writes it there instead.
    static func match(_ text: String, golden name: String) throws {
        let file = directory.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["OMSDASH_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return
        }
        let golden = try #require(
            try? String(contentsOf: file, encoding: .utf8), "no \(file.lastPathComponent): run with OMSDASH_RECORD_GOLDEN=1")
        let expected = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let actual = text.split(separator: "\n", omittingEmptySubsequences: false)
        for row in 0..<max(expected.count, actual.count) {
            let want = row < expected.count ? String(expected[row]) : "(none)"
            let have = row < actual.count ? String(actual[row]) : "(none)"
            #expect(have == want, "\(file.lastPathComponent) line \(row)")
        }
    }
}
