import OMSCore

/// The colours and attributes of every style: one of the built-in themes, with the config's
/// `colors` over single styles. Drawn by the terminal adapter; pure data here.
public struct Theme: Sendable, Equatable {
    /// The built-in themes.
    public enum Name: String, CaseIterable, Sendable {
        /// Colours for a dark background (the default).
        case dark
        /// Colours readable on a white background.
        case light
        /// Bright colours and bold text on a dark background.
        case highContrast = "high-contrast"
        /// No colours at all: bold, reverse, underline and dim only (what NO_COLOR gets).
        case mono
    }

    public let name: Name
    public private(set) var looks: [Style: Look]

    /// How a style looks.
    public func look(_ style: Style) -> Look { looks[style] ?? Look() }

    /// A built-in theme as it is.
    public init(_ name: Name) {
        self.name = name
        looks = Self.looks(of: name)
    }

    /// The theme the config and command line ask for (`dark` when neither does), with `colors`
    /// (style id to colour name or 0–255) over it. With `noColor` (NO_COLOR set), `mono` whatever
    /// was asked, after the names were checked.
    public init(named requested: String?, colors: [String: String], noColor: Bool) throws(ThemeError) {
        guard let name = Name(rawValue: requested ?? Name.dark.rawValue) else { throw .unknownTheme(requested ?? "") }
        var theme = Theme(name)
        for id in colors.keys.sorted() {
            guard let style = Style.allCases.first(where: { $0.id == id }) else { throw .unknownStyle(id) }
            let value = colors[id] ?? ""
            guard let color = ThemeColor.parse(value) else { throw .unknownColor(value, style: id) }
            theme.looks[style, default: Look()].color = color
        }
        self = noColor ? Theme(.mono) : theme
    }

    private static func looks(of name: Name) -> [Style: Look] {
        switch name {
        case .dark:
            [
                .muted: Look(dim: true), .header: Look(color: 4, reverse: true), .columnHeader: Look(bold: true),
                .selected: Look(bold: true, reverse: true), .ok: Look(color: 2), .warning: Look(color: 3),
                .failure: Look(color: 1), .accent: Look(color: 6), .banner: Look(color: 3, bold: true, reverse: true),
                .dialogButtonFocused: Look(bold: true, reverse: true),
            ]
        case .light:
            [
                .muted: Look(color: 244), .header: Look(color: 4, reverse: true), .columnHeader: Look(bold: true),
                .selected: Look(bold: true, reverse: true), .ok: Look(color: 28), .warning: Look(color: 130),
                .failure: Look(color: 160), .accent: Look(color: 25), .banner: Look(color: 130, bold: true, reverse: true),
                .dialogButtonFocused: Look(bold: true, reverse: true),
            ]
        case .highContrast:
            [
                .normal: Look(color: 15), .muted: Look(color: 250), .header: Look(color: 15, bold: true, reverse: true),
                .columnHeader: Look(color: 15, bold: true, underline: true), .selected: Look(color: 11, bold: true, reverse: true),
                .ok: Look(color: 10, bold: true), .warning: Look(color: 11, bold: true), .failure: Look(color: 9, bold: true),
                .accent: Look(color: 14, bold: true), .banner: Look(color: 11, bold: true, reverse: true),
                .dialog: Look(color: 15), .dialogButton: Look(color: 15), .dialogButtonFocused: Look(color: 15, bold: true, reverse: true),
            ]
        case .mono:
            [
                .muted: Look(dim: true), .header: Look(reverse: true), .columnHeader: Look(bold: true, underline: true),
                .selected: Look(bold: true, reverse: true), .warning: Look(bold: true), .failure: Look(bold: true, underline: true),
                .accent: Look(underline: true), .banner: Look(bold: true, reverse: true),
                .dialogButtonFocused: Look(bold: true, reverse: true),
            ]
        }
    }
}

/// The colour names the config's `colors` takes: the 16 ANSI names, `default`, or 0–255.
public enum ThemeColor {
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright_black", "bright_red", "bright_green", "bright_yellow", "bright_blue", "bright_magenta", "bright_cyan",
        "bright_white",
    ]

    /// The palette index a name or number means, `.some(nil)` for `default` (the terminal's own
    /// colour), nil when the text is no colour.
    static func parse(_ text: String) -> Int?? {
        if text == "default" { return .some(nil) }
        if let index = names.firstIndex(of: text) { return index }
        if let number = Int(text), (0...255).contains(number) { return number }
        return nil
    }
}

/// A theme or colour the config or `--theme` asks for that does not exist; one line naming the choices.
public enum ThemeError: Error, Equatable {
    case unknownTheme(String)
    case unknownStyle(String)
    case unknownColor(String, style: String)

    /// The line in English.
    public var message: String { wording.english }

    /// The line as words of the table.
    public var wording: Wording {
        switch self {
        case .unknownTheme(let name):
            let names = Theme.Name.allCases.map(\.rawValue)
            let suggestion = names.min { EditDistance.between(name, $0) < EditDistance.between(name, $1) }
                .flatMap { EditDistance.between(name, $0) <= 3 ? $0 : nil }
            let values = ["name": name, "names": names.joined(separator: ", ")]
            return suggestion.map { Wording(.themeUnknownSuggest, values.merging(["suggestion": $0]) { $1 }) }
                ?? Wording(.themeUnknown, values)
        case .unknownStyle(let id):
            return Wording(.themeUnknownStyle, ["id": id, "styles": Style.allCases.map(\.id).joined(separator: ", ")])
        case .unknownColor(let value, let style):
            return Wording(.themeUnknownColor, ["style": style, "value": value, "names": ThemeColor.names.joined(separator: ", ")])
        }
    }
}
