@testable import DashboardCore
import MonitorCore
import OMSCore
import Testing

/// The dashboard in Simplified Chinese: its words, and every line within the terminal at each size.
@Suite("The dashboard in Chinese at 80×24, 100×30 and 140×40")
struct ChineseScreenTests {
    static let sizes = [(80, 24), (100, 30), (140, 40)]

    func state(width: Int, height: Int) -> AppState {
        var state = Fixtures.loadedState(width: width, height: height)
        state.session.language = .simplifiedChinese
        return state
    }

    @Test("the main screen, the help and a narrow filter: no line wider than the terminal", arguments: sizes)
    func widths(width: Int, height: Int) {
        var state = state(width: width, height: height)
        var screens = [Dashboard.render(state)]
        _ = Dashboard.reduce(&state, .key(.character("?")))
        screens.append(Dashboard.render(state))
        _ = Dashboard.reduce(&state, .key(.escape))
        for key in "/logs" { _ = Dashboard.reduce(&state, .key(.character(key))) }
        screens.append(Dashboard.render(state))
        for grid in screens {
            for y in 0..<grid.height {
                #expect(DisplayWidth.of(grid.text(row: y)) <= width, "row \(y) at \(width)×\(height): \(grid.text(row: y))")
            }
        }
    }

    @Test("the header keeps the polling state and the hints keep help and quit, in Chinese", arguments: sizes)
    func words(width: Int, height: Int) {
        let grid = Dashboard.render(state(width: width, height: height))
        let header = grid.text(row: 0)
        #expect(header.contains("实时"), "\(header)")
        let hints = grid.text(row: height - 1)
        #expect(hints.contains("? 帮助") && hints.contains("q 退出"), "\(hints)")
        let message = grid.text(row: height - 2)
        #expect(message.contains("3 个任务") && message.contains("按状态排序"), "\(message)")
    }

    @Test("the help lists every action in Chinese and titles itself 按键")
    func help() {
        var state = state(width: 140, height: 40)
        _ = Dashboard.reduce(&state, .key(.character("?")))
        var pages = Dashboard.render(state).text
        for _ in 0..<40 {
            _ = Dashboard.reduce(&state, .key(.down))
            pages += Dashboard.render(state).text
        }
        #expect(pages.contains("按键"))
        for action in KeyAction.allCases {
            #expect(pages.contains(Language.simplifiedChinese.text(action.definition.description)), "help lacks \(action.id)")
        }
    }

    @Test("several profiles: the header counts them and the banner names the refused, in Chinese, within 80 columns")
    func fleet() {
        let profiles = (0..<3).map { Monitor.Profile(name: "acct-\($0)", region: "cn-north-4", projectID: "p\($0)") }
        var state = AppState(profiles: profiles, language: .simplifiedChinese, now: Fixtures.now, width: 80, height: 24)
        _ = Dashboard.reduce(&state, .tick(now: Fixtures.now))
        _ = Dashboard.reduce(&state, Fixtures.listed(Fixtures.tasks, profile: "acct-0"))
        _ = Dashboard.reduce(&state, Fixtures.listed([], profile: "acct-1"))
        let refusal = ErrorReport(code: "APIGW.0301", message: "refused", isAuthenticationFailure: true, httpStatus: 401)
        _ = Dashboard.reduce(&state, Fixtures.listFailed(refusal, profile: "acct-2"))
        let grid = Dashboard.render(state)
        let text = (0..<grid.height).map { grid.text(row: $0) }
        #expect(text[0].contains("实时 2") && text[0].contains("被拒绝 1"), "\(text[0])")
        #expect(text[1].contains("被拒绝：acct-2"), "\(text[1])")
        for line in text { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
    }
}

@Suite("Notices and flashes: kept as what happened, worded by the status bar")
struct NoticeWordsTests {
    @Test("a stop accepted and a start refused, in Chinese")
    func words() {
        var state = Fixtures.loadedState()
        state.session.language = .simplifiedChinese
        state.table.selection = Fixtures.key(0)
        _ = Dashboard.reduce(&state, .key(.character("s")))
        #expect(Dashboard.render(state).text.contains("s 用于启动已停止的任务；该任务当前为 SYNCHRONIZING"))
        _ = Dashboard.reduce(&state, .key(.character("x")))
        _ = Dashboard.reduce(&state, .key(.character("y")))
        _ = Dashboard.reduce(&state, .commandFinished(Fixtures.key(0), .stop, nil))
        #expect(Dashboard.render(state).text.contains("已停止 d18b…a3e：OMS 已接受请求"))
    }

    @Test("a dialog's failure and the hook's are worded in Chinese")
    func failuresInChinese() throws {
        var state = Fixtures.loadedState()
        state.session.language = .simplifiedChinese
        _ = Dashboard.reduce(&state, .key(.character("x")))
        _ = Dashboard.reduce(&state, .key(.character("y")))
        let key = try #require(state.table.selection)
        _ = Dashboard.reduce(&state, .commandFinished(key, .stop, ErrorReport(wording: Wording(.hookKilled, ["seconds": "10"]))))
        #expect(Dashboard.render(state).text.contains("alerts.command 未在 10 秒内结束，已被终止"))
        _ = Dashboard.reduce(&state, .key(.escape))
        _ = Dashboard.reduce(&state, .hookFailed(Wording(.hookExited, ["status": "7"])))
        #expect(Dashboard.render(state).text.contains("alerts.command 以状态 7 退出"))
    }
}

@Suite("The create form in Chinese")
struct ChineseFormTests {
    @Test("a review with empty fields shows every problem in Chinese, every line within the terminal", arguments: ChineseScreenTests.sizes)
    func problems(width: Int, height: Int) {
        var state = Fixtures.loadedState(width: width, height: height)
        state.session.language = .simplifiedChinese
        _ = Dashboard.reduce(&state, .key(.character("n")))
        _ = Dashboard.reduce(&state, .key(.control("s")))
        let grid = Dashboard.render(state)
        #expect(grid.text.contains("新建同步任务"))
        #expect(grid.text.contains("必填"))
        #expect(grid.text.contains("个字段需要修改：未发送任何请求"))
        for y in 0..<grid.height { #expect(DisplayWidth.of(grid.text(row: y)) <= width, "row \(y): \(grid.text(row: y))") }
    }
}
