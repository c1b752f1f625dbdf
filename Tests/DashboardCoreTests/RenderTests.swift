@testable import DashboardCore
import MonitorCore
import OMSCore
import Testing

@Suite("render: screens of the pure core as text")
struct RenderTests {
    func lines(_ state: AppState) -> [String] { Dashboard.render(state).text.components(separatedBy: "\n") }

    @Test("header: profile, region, project, counts, freshness, help")
    func header() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now + 2_000))
        let top = lines(state)[0]
        #expect(top.hasPrefix(" omsdash  bj · cn-north-4 · project 0b5c…f23"))
        #expect(top.contains("● 2 synchronizing  ○ 1 stopped"))
        #expect(top.contains("refreshed 2s ago · live"))
        #expect(top.hasSuffix("? help"))
    }

    @Test("table: status symbol, short id, route, counters, success rate, sparkline")
    func table() {
        let screen = lines(Fixtures.loadedState(width: 160))
        #expect(screen[1].contains("ST TASK") && screen[1].contains("SUCCESS 6h") && screen[1].contains("LAST START"))
        let row = screen.first { $0.contains("d18b…a3e") }!
        #expect(row.hasPrefix(" ●  d18b…a3e  Aliyun  cn-beijing/logs-prod"))
        #expect(row.contains("→ logs-obs"), "the profile's own region goes without saying")
        #expect(row.contains("1.2M") && row.contains("1.1K") && row.contains("3.4 TiB") && row.contains("99.9%"))
        #expect(row.contains("▁") || row.contains("█"))
        #expect(screen.contains { $0.hasPrefix(" ○  0d14…c8b") })
    }

    @Test("the selected row is drawn in the selected style")
    func selectedRow() {
        let state = Fixtures.loadedState()
        let grid = Dashboard.render(state)
        let index = state.table.selectedIndex!
        let y = state.layout.tableHeaderRow + 1 + index
        #expect(grid.styles(row: y).allSatisfy { $0 == .selected })
        #expect(grid.styles(row: y + 1 < state.layout.detailTop ? y + 1 : y).contains(.selected) == (y + 1 >= state.layout.detailTop))
    }

    @Test("detail: every setting, monthly counters, five sparklines with figures and time labels")
    func detail() {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(0)
        let screen = lines(state).joined(separator: "\n")
        #expect(screen.contains("d18befdd-eb82-41f3-8019-bbb593d74a3e · SYNCHRONIZING since"))
        #expect(screen.contains("Aliyun · cn-beijing · logs-prod → cn-north-4 · logs-obs · STANDARD"))
        #expect(screen.contains("overwrite SIZE_LAST_MODIFIED_COMPARISON_OVERWRITE"))
        #expect(screen.contains("KMS off"))
        #expect(screen.contains("requested 1,204,311 · succeeded 1,203,002 · failed 1,102 · skipped 207 · 3.4 TiB"))
        for type in ["REQUEST", "SUCCESS", "FAILURE", "SKIP", "SIZE"] {
            #expect(screen.contains("\n \(type)"), "series \(type)")
        }
        // Each series' figures are its own: the objects requested are the ones succeeded, failed
        // and skipped, and the fewest, most and total requests are the fixture's.
        func total(_ type: String) -> Int? {
            guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix(" \(type) ") }),
                  let range = line.firstRange(of: "total ") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber || $0 == "," }.filter(\.isNumber))
        }
        let totals = ["REQUEST", "SUCCESS", "FAILURE", "SKIP"].compactMap(total)
        #expect(totals.count == 4 && totals[0] == totals[1] + totals[2] + totals[3], "\(totals)")
        let start = Fixtures.now - StatsWindow.sixHours.milliseconds
        let requests = Fixtures.statistics(for: Fixtures.tasks[0].id, start: start, end: Fixtures.now).series[0].points.map(\.value)
        #expect(screen.contains("  min \(requests.min()!)  max \(requests.max()!)  total \(HumanUnits.grouped(requests.reduce(0, +)))"))
        #expect(screen.contains(" obj/") && screen.contains("B/"))
        #expect(screen.contains("window 6h · 5-minute buckets"))
    }

    @Test("sparklines scale from zero, keep the newest on the right, and fall back to ASCII")
    func sparklines() {
        #expect(Sparkline().render([0, 1, 2, 3, 4, 5, 6, 7, 8], width: 20) == "▁▂▃▄▅▅▆▇█")
        #expect(Sparkline().render([0, 0, 0], width: 10) == "▁▁▁")
        #expect(Sparkline().render([5, 5, 0, 100], width: 2) == "▂█", "a small non-zero value stays above the floor")
        #expect(Sparkline(unicode: false).render([0, 4, 8], width: 3) == "_=#")
        #expect(Sparkline().render(Array(repeating: 1, count: 300), width: 40).count == 40)
        let state = Fixtures.loadedState(unicode: false)
        let screen = Dashboard.render(state).text
        #expect(!screen.contains("▁") && !screen.contains("█") && !screen.contains("─"))
        #expect(screen.contains("*  d18b") && screen.contains("o  0d14"), "ASCII marks: * synchronizing, o stopped")
        #expect(screen.contains("* 2 synchronizing  o 1 stopped"))
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix(" REQUEST  ") && $0.dropFirst(10).prefix(20).allSatisfy { "_.-~=+*#".contains($0) } },
                "ASCII sparklines")
        #expect(screen.contains("sorted by status ^") && !screen.contains("↑"), "the sort's arrow in ASCII")
        var stopping = state
        _ = Dashboard.reduce(&stopping, .key(.character("x")))
        let dialog = Dashboard.render(stopping).text
        #expect(dialog.contains("game-assets-1250000000 -> cn-north-4/game-assets") && !dialog.contains("→"), "the route's arrow in ASCII")
    }

    @Test("series: gaps the API leaves out are zero buckets")
    func seriesWindow() {
        let points = [StatisticPoint(timestamp: 1_000_200_000 / 300_000 * 300_000, value: 4)]
        let window = SeriesWindow(points: points, start: 1_000_000_000, end: 1_000_000_000 + 3_600_000, step: 300_000)
        #expect(window.start == 999_900_000, "the first bucket starts on the step before the window")
        #expect(window.values.count == 13, "an hour that does not start on a bucket's edge spans 13 buckets of 5 minutes")
        #expect(window.values[1] == 4 && window.total == 4 && window.maximum == 4 && window.minimum == 0)
        let aligned = SeriesWindow(points: points, start: 999_900_000, end: 999_900_000 + 3_600_000, step: 300_000)
        #expect(aligned.values.count == 12, "an hour from a bucket's edge is 12 buckets")
    }

    @Test("Chinese descriptions and emoji take two columns; nothing misaligns; cuts end with …")
    func wideText() {
        #expect(DisplayWidth.of("迁移任务") == 8)
        #expect(DisplayWidth.of("游戏🎮") == 6)
        #expect(DisplayWidth.truncate("迁移任务 媒体库", to: 8) == "迁移任…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("迁移任务 媒体库", to: 8)) == 7)
        #expect(DisplayWidth.fit("媒体", to: 6) == "媒体  ")
        #expect(DisplayWidth.of("logs-prod") == 9 && DisplayWidth.of("tab\there") == 9, "a control character takes the columns of its written-out form")
        #expect(DisplayWidth.truncate("media-archive", to: 6) == "media…")
        #expect(DisplayWidth.truncate("media", to: 5) == "media")
        let state = Fixtures.loadedState(width: 120)
        let grid = Dashboard.render(state)
        for y in 0..<grid.height {
            let line = grid.text(row: y)
            #expect(DisplayWidth.of(line) <= grid.width, "row \(y) overflows")
        }
        let rows = (0..<grid.height).map { grid.text(row: $0) }.filter { $0.contains("…") || $0.contains("迁移") }
        #expect(!rows.isEmpty)
        func endColumn(of needle: String, in line: String) -> Int? {
            line.firstRange(of: needle).map { DisplayWidth.of(line[..<$0.upperBound]) }
        }
        let lines = (0..<grid.height).map { grid.text(row: $0) }
        let header = endColumn(of: "REQ/MO", in: lines[1])
        let chineseRow = lines.first { $0.contains("0d14") }!
        let latinRow = lines.first { $0.contains("d18b") }!
        #expect(chineseRow.contains("迁移任务"))
        #expect(endColumn(of: "88.1K", in: chineseRow) == header)
        #expect(endColumn(of: "1.2M", in: latinRow) == header)
    }

    @Test("a wide character written over half of another leaves no stray half")
    func gridOverwrite() {
        var grid = Grid(width: 6, height: 1)
        grid.put("迁移任", x: 0, y: 0)
        grid.put("a", x: 1, y: 0)
        #expect(grid.text == " a移任")
        #expect(DisplayWidth.of(grid.text) == 6)
    }

    @Test("a box filled over half of a wide character blanks the whole character, so its border stays in its column")
    func gridFillOverHalf() {
        var grid = Grid(width: 8, height: 2)
        grid.put(" 状态 ab", x: 0, y: 0)
        grid.put("状态态态", x: 0, y: 1)
        grid.fill(x: 2, y: 0, width: 3, height: 2, style: .normal)
        grid.put("│", x: 2, y: 0)
        #expect(grid.text(row: 0) == "  │   ab")
        #expect(grid.text(row: 1) == "状    态")
        #expect(DisplayWidth.of(grid.text(row: 1)) == 8)
    }

    @Test("a part draws into its rectangle: its own coordinates and size, nothing outside it, even cut by the screen")
    func gridRectangle() {
        var grid = Grid(width: 10, height: 4)
        grid.put("状态状态状", x: 0, y: 1)
        grid.draw(in: Rect(x: 3, y: 1, width: 4, height: 2)) { part in
            #expect(part.width == 4 && part.height == 2)
            part.fill(x: 0, y: 0, width: part.width, height: part.height, style: .banner)
            part.put("abcdefgh", x: 0, y: 0, style: .banner)
            part.put("x", x: 0, y: 5)
            part.draw(in: Rect(x: 2, y: 1, width: 9, height: 9)) { inner in
                #expect(inner.width == 2 && inner.height == 1, "cut to the rectangle it lies in")
                inner.put("yz!", x: 0, y: 0)
            }
        }
        #expect(grid.width == 10 && grid.height == 4, "the whole grid again after it")
        #expect(grid.text(row: 1) == "状 abc… 状", "a wide character cut by the rectangle's edges is blanked whole")
        #expect(grid.text(row: 2) == "     y…", "the inner rectangle is cut to the outer one")
        #expect(grid.text(row: 3) == "")
        #expect(grid.styles(row: 1)[3...6].allSatisfy { $0 == .banner } && grid.styles(row: 1)[7] == .normal)
        #expect(grid.styles(row: 2)[2] == .normal && grid.styles(row: 2)[3] == .banner)
    }

    @Test("dialog: names the task and route, Cancel focused; progress; answer")
    func dialog() {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(0)
        _ = Dashboard.reduce(&state, .key(.character("x")))
        var screen = Dashboard.render(state).text
        #expect(screen.contains("Stop task d18b…a3e?"))
        #expect(screen.contains("Aliyun cn-beijing/logs-prod → cn-north-4/logs-obs"))
        #expect(screen.contains("[ Cancel ]") && !screen.contains("[ Stop ]"))
        #expect(screen.contains("y stop  n/Esc cancel"))
        _ = Dashboard.reduce(&state, .key(.character("y")))
        screen = Dashboard.render(state).text
        #expect(screen.contains("Stopping… waiting for OMS"))
        _ = Dashboard.reduce(&state, .commandFinished(Fixtures.key(0), .stop, nil))
        screen = Dashboard.render(state).text
        #expect(state.overlay == nil, "success takes no key to dismiss")
        #expect(screen.contains("✓ Stopped d18b…a3e: OMS accepted the request"))
        let before = state.table.selectedIndex
        _ = Dashboard.reduce(&state, .key(.character(before == 0 ? "j" : "k")))
        #expect(state.table.selectedIndex != before, "the next key acts at once")
        _ = Dashboard.reduce(&state, .tick(now: state.now + Flash.milliseconds))
        #expect(!Dashboard.render(state).text.contains("OMS accepted the request"), "the flash goes by itself")
    }

    @Test("the keys prompt masks every task key and never shows one")
    func maskedPrompt() {
        var state = Fixtures.loadedState()
        state.table.selection = Fixtures.key(1)
        _ = Dashboard.reduce(&state, .key(.character("s")))
        _ = Dashboard.reduce(&state, .key(.character("y")))
        for character in "SRCAK" { _ = Dashboard.reduce(&state, .key(.character(character))) }
        _ = Dashboard.reduce(&state, .key(.enter))
        for character in "TOPSECRET" { _ = Dashboard.reduce(&state, .key(.character(character))) }
        let screen = Dashboard.render(state).text
        #expect(!screen.contains("SRCAK"), "task access keys are secrets too")
        #expect(screen.contains("•••••") && screen.contains("•••••••••"))
        #expect(!screen.contains("TOPSECRET"))
    }

    @Test("help lists every action with its keys and description, scrolling at 80×24")
    func help() {
        var state = Fixtures.loadedState(width: 80, height: 24)
        _ = Dashboard.reduce(&state, .key(.character("?")))
        var pages = Dashboard.render(state).text
        #expect(pages.contains("Keys 1–21 of"), "the box says it scrolls")
        for _ in 0..<40 {
            _ = Dashboard.reduce(&state, .key(.down))
            pages += Dashboard.render(state).text
        }
        for action in KeyAction.allCases {
            #expect(pages.contains(Language.english.text(action.definition.description).prefix(40)), "help lacks \(action.id)")
        }
        for keys in ["↑ k", "PgUp", "g Home", "⏎", "+ =", "n N Esc q", "Ctrl-S", "Ctrl-U"] {
            #expect(pages.contains(keys), "help lacks \(keys)")
        }
        #expect(state.overlay != nil, "the arrows scroll the help")
        _ = Dashboard.reduce(&state, .key(.character("z")))
        #expect(state.overlay == nil, "any other key closes it")
    }

    @Test("filter line shows the typed text and the match count")
    func filterLine() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.character("/")))
        for character in "game" { _ = Dashboard.reduce(&state, .key(.character(character))) }
        var screen = Dashboard.render(state).text
        #expect(screen.contains("/ game▏   1 of 3 tasks"))
        _ = Dashboard.reduce(&state, .key(.enter))
        screen = Dashboard.render(state).text
        #expect(screen.contains("filter \"game\": 1 of 3 tasks"))
        _ = Dashboard.reduce(&state, .key(.character("/")))
        for character in "zzz" { _ = Dashboard.reduce(&state, .key(.character(character))) }
        #expect(Dashboard.render(state).text.contains("no task matches the filter"))
    }

    @Test("a tiny terminal says so, with the size it needs")
    func tinyTerminal() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .resize(width: 60, height: 15))
        let screen = Dashboard.render(state).text
        #expect(screen.contains("terminal too small"))
        #expect(screen.contains("need 80×20, have 60×15"))
        _ = Dashboard.reduce(&state, .resize(width: 80, height: 20))
        #expect(!Dashboard.render(state).text.contains("too small"))
    }

    @Test("narrow terminals drop low-priority columns, never the route")
    func narrowColumns() {
        let wide = lines(Fixtures.loadedState(width: 180))[1]
        let narrow = lines(Fixtures.loadedState(width: 80))[1]
        #expect(wide.contains("LAST START") && wide.contains("SKIP"))
        #expect(!narrow.contains("LAST START") && !narrow.contains("SKIP"))
        #expect(narrow.contains("SOURCE") && narrow.contains("DESTINATION") && narrow.contains("ST TASK"))
    }

    @Test("Enter focuses the detail pane over the whole screen; Esc goes back")
    func detailFocus() {
        var state = Fixtures.loadedState()
        _ = Dashboard.reduce(&state, .key(.enter))
        let screen = lines(state)
        #expect(!screen[1].contains("ST TASK"))
        #expect(screen.joined().contains("Esc back"))
        _ = Dashboard.reduce(&state, .key(.escape))
        #expect(lines(state)[1].contains("ST TASK"))
    }
}

@Suite("render: the header at every width")
struct HeaderWidthTests {
    @Test("the polling state is always whole; less important parts give way first", arguments: [80, 90, 100, 120, 140, 200])
    func header(width: Int) {
        var state = Fixtures.loadedState(width: width, readOnly: true)
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now + 2_000))
        _ = Dashboard.reduce(&state, .key(.character("p")))
        let top = Dashboard.render(state).text.components(separatedBy: "\n")[0]
        #expect(top.contains("paused"), "at \(width) columns: \(top)")
        #expect(top.last { $0 != " " } != "…", "the line is not cut at \(width) columns: \(top)")
        #expect(top.contains("● 2") && top.contains("○ 1"))
        if width >= 140 { #expect(top.contains("? help") && top.contains("read-only") && top.contains("refreshed 2s ago")) }
    }

    @Test("with an alert counted, read-only still outlasts the help hint and the ages", arguments: [80, 100, 120, 140, 200])
    func headerWithAttention(width: Int) {
        var state = Fixtures.loadedState(width: width, readOnly: true)
        var tasks = Fixtures.tasks
        tasks[0].status = .stopped
        _ = Dashboard.reduce(&state, Fixtures.listed(tasks, sweep: 2))
        #expect(state.attentionCount == 1, "a task stopped outside needs attention")
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now + 2_000))
        let top = Dashboard.render(state).text.components(separatedBy: "\n")[0]
        #expect(top.contains("live") && top.contains("! 1"), "at \(width) columns: \(top)")
        if width >= 120 { #expect(top.contains("read-only"), "at \(width) columns: \(top)") }
        if width >= 200 { #expect(top.contains("? help") && top.contains("1 needs attention") && top.contains("refreshed 2s ago")) }
    }
}

@Suite("render: the detail pane's charts at every size")
struct ChartWidthTests {
    @Test("each chart takes at least half the width (or every bucket it has); the figures shorten instead",
          arguments: [(80, 24), (100, 30), (140, 40), (200, 50)])
    func chartsHalfTheWidth(size: (Int, Int)) throws {
        var state = Fixtures.loadedState(width: size.0, height: size.1)
        _ = Dashboard.reduce(&state, .key(.enter))
        let screen = Dashboard.render(state).text.components(separatedBy: "\n")
        let row = try #require(screen.first { $0.hasPrefix(" REQUEST ") }, "at \(size)")
        let bars = row.unicodeScalars.filter { (0x2581...0x2588).contains($0.value) }.count
        let buckets = state.details[state.table.selection!]?.series(.request, window: state.window)?.values.count ?? 0
        #expect(bars >= min(size.0 / 2, buckets), "at \(size): \(bars) of \(size.0) columns")
        #expect(row.contains("last "), "the latest value always shows: \(row)")
    }
}
