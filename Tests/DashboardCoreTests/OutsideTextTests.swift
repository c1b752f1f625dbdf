@testable import DashboardCore
import MonitorCore
import OMSCore
import Testing

/// Text from the service reaches the screen written out where it could steer the terminal: no cell
/// of any frame holds a control or bidi character, and widths stay right for what is shown.
@Suite("Outside text on the dashboard: controls and bidi controls written out in every cell")
struct OutsideTextTests {
    static let escaped: [UInt32] = Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F)
        + [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069)

    func rawCells(_ grid: Grid) -> [UInt32] {
        var found: [UInt32] = []
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                for value in [cell.scalar, cell.extra] where value != 0 && Unicode.Scalar(value)!.isEscapedOnTerminal {
                    found.append(value)
                }
            }
        }
        return found
    }

    @Test("the grid writes out every control and bidi scalar, beside ASCII and beside wide text")
    func grid() {
        for value in Self.escaped {
            let character = String(Character(Unicode.Scalar(value)!))
            let shown = character.escapingControlCharacters
            for (text, expected) in [("a\(character)b", "a\(shown)b"), ("状\(character)b", "状\(shown)b")] {
                var grid = Grid(width: 20, height: 1)
                let written = grid.put(text, x: 0, y: 0)
                #expect(grid.text(row: 0) == expected, "U+\(String(value, radix: 16))")
                #expect(written == DisplayWidth.of(expected) && DisplayWidth.of(text) == written && rawCells(grid).isEmpty)
            }
        }
    }

    @Test("a task whose description and bucket carry escape sequences and overrides: its row keeps its columns, its detail shows it whole, no cell holds a raw control")
    func hostileTask() {
        var state = Fixtures.loadedState(width: 180, height: 40)
        let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m\u{202E}gnp.exe\u{2066}x\u{2069}\r\n"
        let task = Fixtures.task("d18befdd-eb82-41f3-8019-bbb593d74a3e", source: "logs\u{202E}prod", description: hostile)
        _ = Dashboard.reduce(&state, Fixtures.listed([task] + Fixtures.tasks.dropFirst()))
        _ = Dashboard.reduce(&state, .answer(.shown(TaskKey(profile: "bj", id: task.id), .success(task))))
        _ = Dashboard.reduce(&state, .key(.down))
        let grid = Dashboard.render(state)
        #expect(rawCells(grid).isEmpty)
        let rows = grid.text.components(separatedBy: "\n").filter { $0.contains("11-17 19:06") && $0.hasPrefix(" ") }
        let lastStart = rows.map { DisplayWidth.of($0.prefix(upTo: $0.firstRange(of: "11-17 19:06")!.lowerBound)) }
        #expect(rows.count == 3 && Set(lastStart).count == 1, "the description's column holds all of what is drawn of it")
        #expect(rows.contains { $0.contains(#"cn-beijing/logs\u{202E}prod"#) && $0.contains(#"\u{1B}]0;owned\u{7}"#) })
        #expect(grid.text.contains(#"\u{1B}]0;owned\u{7}\u{1B}[2J\u{9B}31m\u{202E}gnp.exe\u{2066}x\u{2069}\r\n"#), "the detail shows it whole")
        for y in 0..<grid.height {
            #expect(DisplayWidth.of(grid.text(row: y)) <= grid.width)
        }
    }
}
