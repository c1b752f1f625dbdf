import DashboardCore
import FoundationEssentials
import OMSCore

/// The keymap, theme and language the dashboard runs with: the config's `keys`, `theme`, `colors`
/// and `language`, `--theme` and `--lang` over the config's, the environment's language after
/// both. Each problem is one line and exit 2, before anything connects.
struct ScreenSetup {
    let keymap: Keymap
    let theme: Theme
    let language: Language

    init(
        _ preferences: ScreenPreferences, theme requested: String? = nil, language flag: String? = nil,
        noColor: Bool = !TerminalCapabilities.useColor, unicode: Bool = TerminalCapabilities.isUTF8,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        do {
            keymap = try Keymap(overrides: preferences.keys)
        } catch {
            throw CommandFailure.usage(error.wording)
        }
        do {
            theme = try Theme(named: requested ?? preferences.theme, colors: preferences.colors, noColor: noColor)
        } catch {
            // A theme given as --theme is named with its dashes; one from the config, as its key.
            throw CommandFailure.usage(
                requested != nil ? Wording(.optionNamed, parts: ["message": error.wording]) : error.wording)
        }
        language = try LanguageOption.chosen(flag: flag, config: preferences.language, unicode: unicode, environment: environment)
    }
}
