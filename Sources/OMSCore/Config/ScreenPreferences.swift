/// The dashboard's keys, colours and language as the config writes them: `keys` (action id to one
/// key name or a list), `theme`, `colors` (style id to a colour name or number) and `language`.
/// Checked by the dashboard's keymap and theme, which know the ids, and by `Language`.
public struct ScreenPreferences: Sendable, Equatable {
    /// Action id to key names; `["none"]` unbinds.
    public var keys: [String: [String]]
    public var theme: String?
    /// Style id to a colour name or a number 0–255, as text.
    public var colors: [String: String]
    /// "en" or "zh-CN", as written.
    public var language: String?

    public init(keys: [String: [String]] = [:], theme: String? = nil, colors: [String: String] = [:], language: String? = nil) {
        self.keys = keys
        self.theme = theme
        self.colors = colors
        self.language = language
    }
}

extension Dictionary where Key == String {
    /// The entries but those whose key starts with "_", which are comments.
    var withoutComments: Self { filter { !$0.key.hasPrefix("_") } }
}

/// One key name or a list of them, as `keys` takes.
struct KeyNames: Decodable {
    let names: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let name = try? container.decode(String.self) {
            names = [name]
        } else {
            names = try container.decode([String].self)
        }
    }
}

/// A colour name or a palette number, as `colors` takes.
struct ColorValue: Decodable {
    let text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            text = String(number)
        } else {
            text = try container.decode(String.self)
        }
    }
}
