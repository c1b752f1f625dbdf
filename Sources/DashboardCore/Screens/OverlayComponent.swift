import MonitorCore
import OMSCore

/// An overlay as the dashboard runs it. Each overlay is a folder of `Screens/` holding its state,
/// its update, its layout into the rectangle it is given, its drawing and its hit test; the
/// `Overlay` enum is the one place that tells overlays apart. A new overlay is its folder, its
/// case in `Overlay` (and the action that opens it there), its keys in the keymap and its words.
///
/// The reducer hands an event to `update`, which changes the overlay itself and says what comes
/// next; the reducer then stores the overlay once, as `outcome.next` asks. Drawing and the mouse
/// read one geometry, computed by `layout(in:_:)` from the same values.
protocol OverlayComponent: Sendable {
    /// Where the overlay's parts are on the screen, for drawing and for hit tests alike.
    associatedtype Geometry

    /// The overlay as the state stores it.
    var overlay: Overlay { get }
    /// Takes a key, a click, a command's answer or a resize; changes itself and says what comes next.
    mutating func update(_ event: OverlayEvent, _ context: OverlayContext) -> OverlayOutcome
    /// Where its parts go in `rect`.
    func layout(in rect: Rect, _ context: OverlayContext) -> Geometry
    /// Draws it at `geometry`, over the screen drawn below it (or alone, when it covers the screen).
    func draw(_ geometry: Geometry, _ context: OverlayContext, into grid: inout Grid)
    /// The key hints of the status bar while it is open; nil entries are keys bound to nothing.
    func hints(_ context: OverlayContext) -> [String?]
    /// Whether it covers the whole screen, drawn alone whatever the terminal's size.
    var coversScreen: Bool { get }
}

extension OverlayComponent {
    var coversScreen: Bool { false }

    /// Its geometry on the screen the context describes.
    func geometry(_ context: OverlayContext) -> Geometry { layout(in: context.screen, context) }

    /// Lays it out on the context's screen and draws it there.
    func render(_ context: OverlayContext, into grid: inout Grid) { draw(geometry(context), context, into: &grid) }
}

/// What reaches an open overlay.
enum OverlayEvent: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The answer to the start, stop, delete or names sent for a task (nil: accepted).
    case answered(TaskKey, ErrorReport?)
    /// The answer to a create: the new task's id, or the refusal.
    case created(Result<String, ErrorReport>)
    /// A task's failed-object lists, read, or why they could not be.
    case listsRead(TaskKey, Result<ObjectListSummary, ErrorReport>)
    /// The terminal changed size (the context has the new one).
    case resized
}

/// What an overlay reads of the dashboard around it: the session, its rectangle, the clock, and
/// the few values of the watched world an overlay shows. Never the whole state.
struct OverlayContext: Sendable {
    let session: SessionSettings
    /// The rectangle the overlay is given: the whole screen.
    let screen: Rect
    let now: Int64
    /// The alert book, for the timeline.
    let alerts: AlertBook
    /// Whether rows come from more than one profile.
    let isMultiProfile: Bool

    init(_ state: AppState) {
        session = state.session
        screen = Rect(x: 0, y: 0, width: state.viewport.width, height: state.viewport.height)
        now = state.now
        alerts = state.monitor.alerts
        isMultiProfile = state.isMultiProfile
    }

    var words: Language { session.language }
    var symbols: Symbols { Symbols(unicode: session.unicode) }
    var keys: KeyHints { KeyHints(session) }
    var keymap: Keymap { session.keymap }
}

/// An overlay's answer to an event: whether it stays as it now is, closes, or gives way to another;
/// the effects to run; and what the dashboard does beside.
struct OverlayOutcome: Sendable {
    enum Next: Sendable {
        case stay
        case close
        case replace(Overlay)
    }

    /// What the dashboard does beside, outside the overlay.
    enum Request: Sendable, Equatable {
        case quit
        /// Shows a result in the status bar for a few seconds.
        case flash(Flash.Kind)
        /// Reads the selected task and the list again now.
        case refresh
        /// Nothing more is to be said of the command's answer (no flash, no error line).
        case answerTaken
    }

    var next: Next = .stay
    var effects: [Effect] = []
    var requests: [Request] = []

    static let stay = OverlayOutcome()
    static let close = OverlayOutcome(next: .close)

    /// Stays, with the one request a confirmed action sends.
    static func sending(_ effect: Effect) -> OverlayOutcome { OverlayOutcome(effects: [effect]) }
}
