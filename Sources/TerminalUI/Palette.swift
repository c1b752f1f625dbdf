import CNCursesW
import DashboardCore

/// The one place styles become colours and attributes: the theme's looks, each colour fitted to
/// what the terminal has. `install` works them out once, after the terminal started.
final class Palette {
    private let theme: Theme
    /// Attributes and colour pair, by style.
    private var looks: [(attr_t, Int16)] = []

    init(theme: Theme) { self.theme = theme }

    /// Sets up a colour pair per coloured style; colours keep the terminal's own background (-1).
    func install() {
        var colors = 0
        if has_colors() {
            start_color()  // sets COLORS
            use_default_colors()
            colors = Int(omsdash_colors())
        }
        looks = Style.allCases.map { style in
            let look = theme.look(style)
            var attributes = omsdash_attr_normal()
            if look.bold { attributes |= omsdash_attr_bold() }
            if look.dim { attributes |= omsdash_attr_dim() }
            if look.reverse { attributes |= omsdash_attr_reverse() }
            if look.underline { attributes |= omsdash_attr_underline() }
            guard colors > 0, let color = look.color(fitting: colors) else { return (attributes, 0) }
            let pair = Int16(style.rawValue) + 1
            init_pair(pair, Int16(color), -1)
            return (attributes, pair)
        }
    }

    /// Attributes and colour pair for a style.
    func look(_ style: Style) -> (attr_t, Int16) {
        looks.isEmpty ? (omsdash_attr_normal(), 0) : looks[Int(style.rawValue)]
    }
}
