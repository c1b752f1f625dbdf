import ArgumentParser
import FoundationEssentials
import OMSCore

/// `--lang`: the language of the words omsdash itself shows. Every command takes it; the one-line
/// messages of failures read it from the command line before parsing (`FailureLanguage`).
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "Language of omsdash's words: en or zh-CN; config: \"language\"; else LC_ALL, LC_MESSAGES or LANG (zh_CN gives zh-CN).",
        completion: .list(Language.allCases.map(\.rawValue)))
    var lang: String?

    /// A language omsdash does not speak is a usage error, whether or not the command shows words.
    func validate() throws {
        guard let lang else { return }
        do { _ = try Language(choice: lang) } catch { throw ValidationError(error.message) }
    }

    /// The language of `--lang`, else of the config file's `"language"` (read now, before the
    /// command connects), else of the environment.
    func chosen(configPath: String?) throws -> Language {
        let environment = ProcessInfo.processInfo.environment
        let preferences = try Settings.screenPreferences(configPath: configPath, environment: environment).screen
        return try Self.chosen(flag: lang, config: preferences.language, environment: environment)
    }

    /// The language of `--lang`, else of the config's `"language"`, else of the environment;
    /// English where Chinese cannot be drawn. A language omsdash does not speak is one line, exit 2.
    static func chosen(
        flag: String?, config: String?, unicode: Bool = TerminalCapabilities.isUTF8,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Language {
        do {
            return try Language.chosen(flag: flag, config: config, environment: environment, canDrawChinese: unicode)
        } catch {
            throw CommandFailure.usage(.verbatim(error.message))
        }
    }
}
