import MonitorCore
import OMSCore

/// An overlay as the dashboard runs it: the keys and clicks it takes, the answer to a command it
/// sent, its key hints and how it draws. Each overlay's conformance sits in a file of its own in
/// this folder, and `Overlay.component` is the one place that tells overlays apart. A new overlay
/// is three files: its own (its state, keys, hints and drawing), its case and component in
/// `Overlay`, and the key that opens it in `Dashboard+Keys`.
protocol OverlayComponent {
    /// Takes a key; writes the state (the overlay itself included) and says what to do.
    func handle(_ key: Key, in state: inout AppState) -> [Effect]
    /// Takes a click or a turn of the wheel.
    func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect]
    /// Takes the answer to the command it sent for `key`, if it sent one: true when nothing more
    /// is to be said of the answer, false when the dashboard still notes it as for any command.
    func receive(_ key: TaskKey, error: ErrorReport?, in state: inout AppState) -> Bool
    /// The key hints of the status bar while it is open; nil entries are keys bound to nothing.
    func hints(_ keys: KeyHints, in state: AppState) -> [String?]
    /// Whether it covers the whole screen, drawn alone whatever the terminal's size.
    var coversScreen: Bool { get }
    /// Draws it over the screen drawn below it (or alone, when it covers the screen).
    func draw(_ state: AppState, into grid: inout Grid)
}

extension OverlayComponent {
    func receive(_ key: TaskKey, error: ErrorReport?, in state: inout AppState) -> Bool { false }
    var coversScreen: Bool { false }
}

extension KeyHints {
    /// A dialog's hints: `asking`'s while it asks, then that its request is out, then, after a
    /// failure, that any key closes it.
    func dialog(_ phase: ConfirmDialog.Phase, asking: () -> [String?]) -> [String?] {
        switch phase {
        case .asking: asking()
        case .sending: [language.text(.hintSending)]
        case .failed: [language.text(.hintAnyKeyCloses), hint(.quit, .hintQuits)]
        }
    }
}
