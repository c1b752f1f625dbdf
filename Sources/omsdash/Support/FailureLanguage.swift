import ArgumentParser
import FoundationEssentials
import OMSCore

/// The language of what a command says when it fails, of its questions and of its option errors,
/// chosen before any option is parsed: `--lang` as typed, else the config's `"language"`, else the
/// environment; English where Chinese cannot be drawn, and when any of them names a language
/// omsdash does not speak (that mistake is itself reported, in English).
enum FailureLanguage {
    static let current = chosen(
        arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    static func chosen(
        arguments: [String], environment: [String: String], unicode: Bool = TerminalCapabilities.isUTF8
    ) -> Language {
        let flag = value(of: "--lang", in: arguments)
        let config = flag != nil ? nil
            : (try? Settings.screenPreferences(configPath: value(of: "--config", in: arguments), environment: environment))?
                .screen.language
        return (try? Language.chosen(flag: flag, config: config, environment: environment, canDrawChinese: unicode))
            ?? .english
    }

    /// The value of `option` as given (`--option VALUE` or `--option=VALUE`), before any `--`.
    static func value(of option: String, in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return nil }
            if argument == option, index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix(option + "=") { return String(argument.dropFirst(option.count + 1)) }
        }
        return nil
    }
}

extension ValidationError {
    /// An option's error, in the language of failures.
    init(_ message: Message, _ values: [String: String] = [:]) {
        self.init(FailureLanguage.current.text(message, values))
    }
}
