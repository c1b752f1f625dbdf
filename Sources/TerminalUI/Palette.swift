import CNCursesW
import DashboardCore

/// The one place styles become colors and attributes. With NO_COLOR, attributes only.
struct Palette {
    let useColor: Bool

    /// Sets up color pairs; colors keep the terminal's own background (-1).
    func install() {
        guard useColor else { return }
        start_color()
        use_default_colors()
        for style in Style.allCases {
            if let color = foreground(style) { init_pair(pair(style), color, -1) }
        }
    }

    func pair(_ style: Style) -> Int16 { Int16(style.rawValue) + 1 }

    private func foreground(_ style: Style) -> Int16? {
        switch style {
        case .ok: Int16(COLOR_GREEN)
        case .warning, .banner: Int16(COLOR_YELLOW)
        case .failure: Int16(COLOR_RED)
        case .accent: Int16(COLOR_CYAN)
        case .header: Int16(COLOR_BLUE)
        default: nil
        }
    }

    /// Attributes and color pair for a style.
    func look(_ style: Style) -> (attr_t, Int16) {
        let pair = useColor && foreground(style) != nil ? self.pair(style) : 0
        switch style {
        case .normal, .dialog, .dialogButton, .ok, .warning, .failure, .accent: return (omsdash_attr_normal(), pair)
        case .muted: return (omsdash_attr_dim(), 0)
        case .header: return (omsdash_attr_reverse(), pair)
        case .columnHeader: return (omsdash_attr_bold(), 0)
        case .selected, .dialogButtonFocused: return (omsdash_attr_reverse() | omsdash_attr_bold(), 0)
        case .banner: return (omsdash_attr_reverse() | omsdash_attr_bold(), pair)
        }
    }
}
