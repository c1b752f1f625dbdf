import Foundation
import Testing

extension EndToEnd {
    /// The keymap and themes through the real binary: remapped keys in tmux, the colours drawn,
    /// `omsdash keys`, and the config's mistakes.
    @Suite("Keys and themes end to end")
    struct KeysEndToEndTests {
        /// A config file with `json` in a fresh directory.
        func config(_ json: String) throws -> String {
            let path = Binary.scratchDirectory() + "/config.json"
            try Data(json.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }

        @Test("with quit on Q, q does nothing and Q quits with exit 0; the hints say Q quit")
        func remappedQuit() throws {
            let simulator = try SimulatorProcess(config: ["keys": ["quit": "Q"]])
            defer { simulator.stop() }
            let tmux = try TmuxSession([Binary.path, "--config", simulator.configPath], environment: simulator.environment, width: 100, height: 30)
            defer { tmux.close() }
            #expect(tmux.waitFor("Q quit"))
            #expect(!tmux.screen.contains("q quit"))
            tmux.send("q")
            #expect(tmux.exitCode(timeout: 2) == nil, "q is not bound")
            tmux.send("?")
            #expect(tmux.waitFor("quit (Ctrl-C always quits"))
            tmux.send("Escape")
            #expect(tmux.waitFor("Q quit"))
            tmux.send("Q")
            #expect(tmux.exitCode() == 0)
        }

        @Test("--theme light draws in 256 colours, mono in none; dark keeps the eight")
        func themes() throws {
            func styled(_ arguments: [String], _ environment: [String: String] = ["NO_COLOR": ""]) throws -> String {
                let tmux = try TmuxSession([Binary.path, "--demo"] + arguments, environment: environment)
                defer { tmux.close() }
                #expect(tmux.waitFor("SUCCESS 6h"))
                return tmux.styledScreen
            }
            let light = try styled(["--theme", "light"])
            #expect(light.contains("\u{1B}[38;5;"), "light's colours are from the 256")
            let dark = try styled([])
            #expect(dark.contains("\u{1B}[34m") && !dark.contains("\u{1B}[38;5;"))
            let mono = try styled(["--theme", "mono"])
            #expect(mono.contains("\u{1B}[7m") || mono.contains(";7m"), "reverse still marks the header")
            #expect(mono.firstMatch(of: /\x1B\[3[0-7]m|38;5;/) == nil, "no colour at all")
            let noColor = try styled(["--theme", "light"], ["NO_COLOR": "1"])
            #expect(noColor.firstMatch(of: /\x1B\[3[0-7]m|38;5;/) == nil, "NO_COLOR wins")
        }

        @Test("a conflicting keymap, an unknown action, theme or terminal type: one line and exit 2, the terminal untouched")
        func mistakes() throws {
            let conflict = try config(#"{"keys": {"quit": "j"}}"#)
            let tmux = try TmuxSession([Binary.path, "--demo", "--config", conflict])
            defer { tmux.close() }
            #expect(tmux.exitCode() == 2)
            #expect(tmux.screen.contains(#"omsdash: keys: j is bound to both quit and move_down on the table screen: give one of them another key, or "none""#))

            // A TERM this system has no terminfo for (a terminal's own type, brought over ssh):
            // before, the screen stayed blank and the dashboard never drew.
            let unknownTerminal = try TmuxSession(["/usr/bin/env", "TERM=omsdash-unknown-terminal", Binary.path, "--demo"])
            defer { unknownTerminal.close() }
            #expect(unknownTerminal.exitCode() == 2)
            #expect(unknownTerminal.screen.contains("omsdash: this system has no description of the terminal type TERM='omsdash-unknown-terminal': set TERM to one it has"))

            let keys = Spawn.run([Binary.path, "keys", "--config", try config(#"{"keys": {"stop_tsak": "x"}}"#)])
            #expect(keys.status == 2)
            #expect(keys.output == "omsdash: keys: no action is called \"stop_tsak\": did you mean \"stop_task\"? `omsdash keys` lists them\n")
            let ctrlH = Spawn.run([Binary.path, "keys", "--config", try config(#"{"keys": {"refresh": "<c-h>"}}"#)])
            #expect(ctrlH.status == 2 && ctrlH.output.contains("terminals send <c-h> as <bs>"))

            let theme = Spawn.run([Binary.path, "snapshot", "--demo", "--config", try config(#"{"theme": "solarized"}"#)])
            #expect(theme.status == 2)
            #expect(theme.output == "omsdash: theme: no theme is called \"solarized\": choose dark, light, high-contrast, mono\n")
            let color = Spawn.run([Binary.path, "snapshot", "--demo", "--config", try config(#"{"colors": {"warning": "orange"}}"#)])
            #expect(color.status == 2 && color.output.hasPrefix("omsdash: colors.warning: \"orange\" is not a colour"))
        }

        @Test("omsdash keys prints the keymap with the config's keys; JSON for programs; the README's table is its markdown")
        func keysCommand() throws {
            let path = try config(#"{"keys": {"quit": "Q", "stop_task": ["x", "<c-x>"], "help": "none"}}"#)
            let table = Spawn.run([Binary.path, "keys", "--config", path])
            #expect(table.status == 0)
            let lines = table.output.split(separator: "\n")
            #expect(lines.first?.hasPrefix("ACTION") == true)
            #expect(lines.contains { $0.hasPrefix("quit ") && $0.contains(" Q ") })
            #expect(lines.contains { $0.hasPrefix("stop_task ") && $0.contains(" x <c-x> ") })
            #expect(lines.contains { $0.hasPrefix("help ") && $0.contains(" none ") })

            let json = Spawn.run([Binary.path, "keys", "--format", "json", "--config", path])
            let entries = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [[String: Any]]
            let stop = try #require(entries.first { $0["action"] as? String == "stop_task" })
            #expect(stop["keys"] as? [String] == ["x", "<c-x>"])
            #expect(stop["screens"] as? [String] == ["table", "detail"])

            let defaults = try config("{}")
            let markdown = Spawn.run([Binary.path, "keys", "--format", "markdown", "--lang", "en", "--config", defaults]).output
            let readme = try String(contentsOfFile: Binary.repositoryRoot + "/README.md", encoding: .utf8)
            #expect(readme.contains(markdown.trimmingCharacters(in: .newlines)), "the README's keys table is `omsdash keys --format markdown`")
        }
    }
}
