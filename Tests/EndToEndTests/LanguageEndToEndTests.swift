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
            // The hints show before the demo's first list answers: wait for the load, not just the frame.
            #expect(tmux.waitFor("前刷新 · 实时"))
            #expect(tmux.waitFor("5 个任务 · 按状态排序 ↑ · 时间窗 6h"))
            tmux.send("?")
            #expect(tmux.waitFor("退出（无论按键如何设置，Ctrl-C 总能退出）"))
            tmux.send("Escape")
            // The header's hints show behind the help too: wait for the help itself to go.
            #expect(!tmux.waitFor { !$0.contains("退出（无论按键如何设置") }.contains("退出（无论按键如何设置"))
            tmux.send("x")
            #expect(tmux.waitFor("[ 取消 ]"))
            #expect(tmux.waitFor("停止任务"))
            tmux.send("y")
            #expect(tmux.waitFor("：OMS 已接受请求"))
            tmux.send("e")
            #expect(tmux.waitFor("本次会话"))
            tmux.send("Escape")
            tmux.send("n")
            #expect(tmux.waitFor("新建同步任务"))
            tmux.send("C-s")
            #expect(tmux.waitFor("个字段需要修改：未发送任何请求"))
            #expect(tmux.waitFor("必填"))
            tmux.send("Escape")  // nothing typed: the form closes without asking
            #expect(!tmux.waitFor { !$0.contains("新建同步任务") }.contains("新建同步任务"))
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
            #expect(flag.output == "omsdash: --lang \"fr\" is not a language omsdash speaks: use en or zh-CN (see omsdash --help)\n")
            let otherCommand = Spawn.run([Binary.path, "list", "--lang", "fr"])
            #expect(otherCommand.status == 2)
            #expect(otherCommand.output.hasPrefix("omsdash: --lang \"fr\" is not a language omsdash speaks"))
            let path = Binary.scratchDirectory() + "/config.json"
            try Data(#"{"language": "cn"}"#.utf8).write(to: URL(fileURLWithPath: path))
            let config = Spawn.run([Binary.path, "keys", "--config", path])
            #expect(config.status == 2)
            #expect(config.output == "omsdash: \"language\" \"cn\" is not a language omsdash speaks: use en or zh-CN\n")
        }

        @Test("every command's one-line errors in Chinese under LANG=zh_CN.UTF-8, with their exit codes; --lang en and the config's language")
        func commandErrors() throws {
            let missing = Spawn.run([Binary.path, "list", "--config", "/nonexistent/config.json"], environment: chinese)
            #expect(missing.status == 2)
            #expect(missing.output == "omsdash: /nonexistent/config.json：无法读取配置文件（文件不存在）\n")
            let english = Spawn.run([Binary.path, "list", "--config", "/nonexistent/config.json", "--lang", "en"], environment: chinese)
            #expect(english.output == "omsdash: /nonexistent/config.json: cannot read the config file (no such file)\n")
            let option = Spawn.run([Binary.path, "stats", "t-1", "--window", "9q"], environment: chinese)
            #expect(option.status == 2)
            #expect(option.output == "omsdash: --window 接受 1h、6h、24h、7d 或 30d 这样的时长，最长 366d（参见 omsdash --help）\n")
            let themed = Binary.scratchDirectory() + "/theme.json"
            try Data(#"{"theme": "drak"}"#.utf8).write(to: URL(fileURLWithPath: themed))
            let theme = Spawn.run([Binary.path, "snapshot", "--demo", "--config", themed], environment: chinese)
            #expect(theme.status == 2)
            #expect(theme.output.contains("没有名为“drak”的主题：您是指“dark”吗？"), "\(theme.output)")

            let simulator = try SimulatorProcess()
            defer { simulator.stop() }
            var environment = simulator.environment.merging(chinese) { _, new in new }
            let notFound = Spawn.run([Binary.path, "show", "no-such-task", "--config", simulator.configPath], environment: environment)
            #expect(notFound.status == 1)
            #expect(notFound.output.contains("此项目中没有同步任务 no-such-task：请用 `omsdash list` 核对 ID"), "\(notFound.output)")
            let unconfirmed = Spawn.run([Binary.path, "stop", try firstTaskID(simulator), "--config", simulator.configPath], environment: environment)
            #expect(unconfirmed.status == 2)
            #expect(unconfirmed.output.contains("没有可供确认的终端，不会直接停止：请加 --yes"), "\(unconfirmed.output)")
            environment["E2E_SK"] = "wrong-secret-key"
            let refused = Spawn.run([Binary.path, "list", "--config", simulator.configPath], environment: environment)
            #expect(refused.status == 1)
            #expect(refused.output.contains("凭证（AK"), "\(refused.output)")
            #expect(refused.output.contains("被拒绝：请检查 AK/SK 和项目 ID"))
            #expect(!refused.output.contains("wrong-secret-key"))

            let path = Binary.scratchDirectory() + "/config.json"
            try Data(#"{"language": "zh-CN", "profiles": [{"name": "a", "region": "cn-nowhere-1", "ak": "x", "sk": "y"}]}"#.utf8)
                .write(to: URL(fileURLWithPath: path))
            let configured = Spawn.run([Binary.path, "list", "--config", path], environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
            #expect(configured.status == 2)
            #expect(configured.output.contains("未知区域“cn-nowhere-1”"), "\(configured.output)")
        }

        @Test("watch takes its language before it connects: an unreachable endpoint is worded in Chinese")
        func watchBeforeConnecting() throws {
            let path = Binary.scratchDirectory() + "/config.json"
            let config = #"{"profiles": [{"name": "a", "region": "cn-north-4", "endpoint": "http://127.0.0.1:1", "project_id": "p", "ak": "AKEXAMPLE0000000001", "sk": "env:NO_SUCH_SK"}]}"#
            try Data(config.utf8).write(to: URL(fileURLWithPath: path))
            chmod(path, 0o600)
            let unset = Spawn.run([Binary.path, "watch", "--once", "--config", path], environment: chinese)
            #expect(unset.status == 2)
            #expect(unset.output.contains("引用的环境变量 NO_SUCH_SK 未设置"), "\(unset.output)")
            let unreachable = Spawn.run(
                [Binary.path, "watch", "--once", "--config", path], environment: chinese.merging(["NO_SUCH_SK": "s"]) { _, new in new })
            #expect(unreachable.output.contains("无法连接 http://127.0.0.1:1"), "\(unreachable.output)")
        }

        /// The id of the first task the simulator lists.
        private func firstTaskID(_ simulator: SimulatorProcess) throws -> String {
            let outcome = simulator.omsdash(["list", "--format", "json"])
            let page = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
            let tasks = page?["tasks"] as? [[String: Any]]
            return try #require(tasks?.first?["sync_task_id"] as? String)
        }
    }
}
