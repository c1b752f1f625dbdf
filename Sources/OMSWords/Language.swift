/// The language omsdash speaks to people in: English, or Simplified Chinese. What is data or an
/// interface for programs (task fields, API values, JSON, CSV, metrics, config keys, option names)
/// stays as it is in every language.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case simplifiedChinese = "zh-CN"

    /// The language a `--lang` or `"language"` value names: `en` or `zh-CN` (any case, `_` for `-`).
    public init(choice: String) throws(LanguageError) {
        let normalized = String(choice.map { $0 == "_" ? "-" : $0 }).lowercased()
        guard let language = Self.allCases.first(where: { $0.rawValue.lowercased() == normalized }) else {
            throw LanguageError(choice: choice)
        }
        self = language
    }

    /// The language of the environment as gettext reads it: the first set of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG`. `zh_CN`, `zh_SG`, `zh_Hans` and bare `zh` are Simplified Chinese;
    /// anything else (`C`, `POSIX`, other languages, Traditional Chinese) is English. The locale
    /// need not be installed.
    public static func of(environment: [String: String]) -> Language {
        let value = LocaleVariables.first(["LC_ALL", "LC_MESSAGES", "LANG"]) { environment[$0] }
        // "zh_CN.UTF-8@variant" names the language before the codeset and the modifier.
        let name = value.split(whereSeparator: { $0 == "." || $0 == "@" }).first.map(String.init) ?? ""
        let parts = name.split(whereSeparator: { $0 == "_" || $0 == "-" }).map { $0.lowercased() }
        guard parts.first == "zh" else { return .english }
        guard parts.count > 1 else { return .simplifiedChinese }
        return ["cn", "sg", "hans"].contains(parts[1]) ? .simplifiedChinese : .english
    }

    /// The language to speak: `--lang`, else the config's `"language"`, else the environment's;
    /// English where wide characters cannot be drawn (a terminal without UTF-8). Both values
    /// given are checked.
    public static func chosen(
        flag: String?, config: String?, environment: [String: String], canDrawChinese: Bool
    ) throws(LanguageError) -> Language {
        var configured: Language?
        if let config {
            do { configured = try Language(choice: config) } catch { throw LanguageError(choice: config, inConfig: true) }
        }
        let language = try flag.map { choice throws(LanguageError) in try Language(choice: choice) }
            ?? configured ?? of(environment: environment)
        return canDrawChinese ? language : .english
    }
}

/// A language omsdash does not speak, named by `--lang` or the config's `"language"`.
public struct LanguageError: Error, Sendable, Equatable {
    public let choice: String
    /// Whether the config's `"language"` named it (else `--lang`).
    public var inConfig: Bool

    public init(choice: String, inConfig: Bool = false) {
        self.choice = choice
        self.inConfig = inConfig
    }

    /// One line naming the choices.
    public var message: String {
        let choices = Language.allCases.map(\.rawValue).joined(separator: " or ")
        return "\(inConfig ? "\"language\"" : "--lang") \"\(choice)\" is not a language omsdash speaks: use \(choices)"
    }
}
