import OMSCore

/// What the dashboard was started with and the terminal it found: whether it may change tasks,
/// the keymap, which tasks have start keys in the config, the environment's variable names, whether
/// block characters draw, the language of its words and the time zone of its times.
public struct SessionSettings: Sendable {
    public let readOnly: Bool
    /// What each key does on each screen (without the actions that change tasks when `readOnly`).
    public let keymap: Keymap
    public internal(set) var startKeys: AppState.StartKeyAvailability
    /// The names of the non-empty environment variables, for the create form's "env:NAME" checks.
    public let environmentNames: Set<String>
    /// Whether block characters can be drawn (a UTF-8 locale).
    public internal(set) var unicode: Bool
    /// The language of every word the dashboard itself shows (English where `unicode` is off).
    public internal(set) var language: Language
    /// The time zone the screen writes times in: the machine's, or the one a test fixes.
    public let clock: LocalTime

    init(
        readOnly: Bool, keymap: Keymap, startKeys: AppState.StartKeyAvailability, environmentNames: Set<String>, unicode: Bool,
        language: Language, clock: LocalTime
    ) {
        self.readOnly = readOnly
        self.keymap = readOnly ? keymap.withoutTaskChanges() : keymap
        self.startKeys = startKeys
        self.environmentNames = environmentNames
        self.unicode = unicode
        self.language = language
        self.clock = clock
    }
}
