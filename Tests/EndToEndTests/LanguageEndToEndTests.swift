import Foundation
import Testing

extension EndToEnd {
    /// The language through the real binary: LANG=zh_CN.UTF-8 (not installed here) in tmux,
    /// `--lang en` over it, the config's `"language"`, and the mistakes.
    @Suite("Languages end to end")
    struct LanguageEndToEndTests {
        /// LANG as a Chinese user has it, with nothing above it.
        let chinese = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "NO_COLOR": ""]

        @Test("LANG=zh_CN.UTF-8: the header, the hints and the help in Chinese; q quits with exit 0")
        func chineseFromTheEnvironment() throws {
            let tmux = try TmuxSession([Binary.path, "--demo"], environment: chinese, width: 100, height: 30)
            defer { tmux.close() }
            #expect(tmux.waitFor("? 帮助  q 退出"))
            #expect(tmux.screen.contains("前刷新 · 实时"))
            #expect(tmux.screen.contains("5 个任务 · 按状态排序 ↑ · 时间窗 6h"))
            tmux.send("?")
            #expect(tmux.waitFor("退出（无论按键如何设置，Ctrl-C 总能退出）"))
            tmux.send("Escape")
            #expect(tmux.waitFor("? 帮助"))
            tmux.send("x")
            #expect(tmux.waitFor("停止任务"))
            #expect(tmux.screen.contains("[ 取消 ]"))
            tmux.send("y")
            #expect(tmux.waitFor("：OMS 已接受请求"))
            tmux.send("e")
            #expect(tmux.waitFor("本次会话"))
            tmux.send("Escape")
            tmux.send("n")
            #expect(tmux.waitFor("新建同步任务"))
            tmux.send("C-s")
            #expect(tmux.waitFor("个字段需要修改：未发送任何请求"))
            #expect(tmux.screen.contains("必填"))
            tmux.send("Escape")  // nothing typed: the form closes without asking
            #expect(tmux.waitFor("? 帮助"))
            tmux.send("q")
            #expect(tmux.exitCode() == 0)
        }

        @Test("watch --format text words its events in Chinese; --format json stays English")
        func watchLines() {
            let text = Spawn.run([Binary.path, "watch", "--once", "--demo"], environment: chinese)
            #expect(text.status == 3)
            #expect(text.output.contains("请检查源端桶的事件通知") || text.output.contains("个对象失败"), "\(text.output)")
            let json = Spawn.run([Binary.path, "watch", "--once", "--demo", "--format", "json"], environment: chinese)
            #expect(json.output.contains("\"message\":\"no requests for") || json.output.contains("\"message\":\"failed "))
            #expect(!json.output.contains("请"))
        }

        @Test("--lang en wins over LANG=zh_CN.UTF-8; the config's \"language\" over LANG=C.UTF-8")
        func choices() throws {
            let english = try TmuxSession([Binary.path, "--demo", "--lang", "en"], environment: chinese, width: 100, height: 30)
            defer { english.close() }
            #expect(english.waitFor("? help  q quit"))
            let path = Binary.scratchDirectory() + "/config.json"
            try Data(#"{"language": "zh-CN"}"#.utf8).write(to: URL(fileURLWithPath: path))
            let configured = Spawn.run([Binary.path, "keys", "--config", path], environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
            #expect(configured.status == 0)
            #expect(configured.output.contains("退出（无论按键如何设置，Ctrl-C 总能退出）"))
            let json = Spawn.run([Binary.path, "keys", "--format", "json", "--config", path])
            #expect(json.output.contains("quit (Ctrl-C always quits"), "JSON is for programs: English")
        }

        @Test("an unknown --lang or \"language\": one line naming the choices and exit 2")
        func mistakes() throws {
            let flag = Spawn.run([Binary.path, "snapshot", "--demo", "--lang", "fr"])
            #expect(flag.status == 2)
            #expect(flag.output == "omsdash: --lang \"fr\" is not a language omsdash speaks: use en or zh-CN\n")
            let path = Binary.scratchDirectory() + "/config.json"
            try Data(#"{"language": "cn"}"#.utf8).write(to: URL(fileURLWithPath: path))
            let config = Spawn.run([Binary.path, "keys", "--config", path])
            #expect(config.status == 2)
            #expect(config.output == "omsdash: \"language\" \"cn\" is not a language omsdash speaks: use en or zh-CN\n")
        }
    }
}
