import DashboardCore
import FoundationEssentials
import OMSCore

/// The keymap and theme the dashboard runs with: the config's `keys`, `theme` and `colors`, and
/// `--theme` over the config's theme. Each problem is one line and exit 2, before anything connects.
struct ScreenSetup {
    let keymap: Keymap
    let theme: Theme

    init(_ preferences: ScreenPreferences, theme requested: String? = nil, noColor: Bool = !TerminalCapabilities.useColor) throws {
        do {
            keymap = try Keymap(overrides: preferences.keys)
        } catch {
            throw CommandFailure.usage(error.message)
        }
        do {
            theme = try Theme(named: requested ?? preferences.theme, colors: preferences.colors, noColor: noColor)
        } catch {
            throw CommandFailure.usage((requested != nil ? "--" : "") + error.message)
        }
    }
}
