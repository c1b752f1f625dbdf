import ArgumentParser
import FoundationEssentials
import OMSCore

/// `--lang`: the language of the words omsdash itself shows.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "Language of the screen: en or zh-CN; config: \"language\"; else LC_ALL, LC_MESSAGES or LANG (zh_CN gives zh-CN).",
        completion: .list(Language.allCases.map(\.rawValue)))
    var lang: String?

    /// The language of `--lang`, else of the config's `"language"`, else of the environment;
    /// English where Chinese cannot be drawn. A language omsdash does not speak is one line, exit 2.
    static func chosen(
        flag: String?, config: String?, unicode: Bool = TerminalCapabilities.isUTF8,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Language {
        do {
            return try Language.chosen(flag: flag, config: config, environment: environment, canDrawChinese: unicode)
        } catch {
            throw CommandFailure.usage(error.message)
        }
    }
}
