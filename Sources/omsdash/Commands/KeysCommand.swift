import ArgumentParser
import DashboardCore
import FoundationEssentials
import OMSCore

/// `omsdash keys`: the dashboard's keymap, with the config's `keys` applied.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the dashboard's keys: every action's id, keys, screens and what it does, after the config's \"keys\".",
        discussion: """
            Remap in the config: "keys": {"quit": "Q", "stop_task": ["x", "<c-x>"], "help": "none"}. Key names: \
            \(KeyName.documentedNames). Ctrl-C always quits.

            Examples:
              omsdash keys
              omsdash keys --format json | jq '.[] | select(.screens | index("dialog"))'
            """
    )

    /// How `keys` prints.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, markdown
    }

    @Option(help: "Config file (default $XDG_CONFIG_HOME/omsdash/config.json, else ~/.config/omsdash/config.json).")
    var config: String?
    @Option(help: "Output: table, json or markdown (the README's table).") var format: Format = .table
    @OptionGroup var language: LanguageOption

    /// One action as JSON prints it.
    struct Entry: Encodable {
        var action: String
        var keys: [String]
        var screens: [String]
        var description: String
    }

    func run() async {
        await CommandRunner.run {
            let (_, preferences) = try Settings.screenPreferences(configPath: config, environment: ProcessInfo.processInfo.environment)
            let screen = try ScreenSetup(preferences, language: language.lang)
            // JSON is for programs: its descriptions stay English whatever the language.
            let words = format == .json ? Language.english : screen.language
            let entries = KeyAction.allCases.map { action in
                Entry(
                    action: action.id, keys: screen.keymap.keys(for: action).map(KeyName.configName),
                    screens: action.definition.screens.map(\.rawValue), description: words.text(action.definition.description))
            }
            Console.line(try render(entries))
        }
    }

    private func render(_ entries: [Entry]) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.string(entries)
        case .table:
            let rows = entries.map { [$0.action, $0.keys.isEmpty ? "none" : $0.keys.joined(separator: " "), $0.screens.joined(separator: " "), $0.description] }
            return TextTable(headers: ["ACTION", "KEYS", "SCREENS", "WHAT IT DOES"], rows: rows).renderTable()
        case .markdown:
            let cell = { (text: String) in text.replacing("|", with: "\\|") }
            let rows = entries.map { entry in
                let keys = entry.keys.isEmpty ? "none" : entry.keys.map { "`\(cell($0))`" }.joined(separator: " ")
                return "| `\(entry.action)` | \(keys) | \(entry.screens.joined(separator: ", ")) | \(cell(entry.description)) |"
            }
            return (["| action | keys | screens | what it does |", "|---|---|---|---|"] + rows).joined(separator: "\n")
        }
    }
}
