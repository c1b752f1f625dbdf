import MonitorCore
import OMSCore

/// `D`'s dialog: names the task and its route, and sends the one DELETE only once the first
/// characters of the task id are typed. Clicks do nothing while it asks: the id must be typed.
public struct DeleteDialog: Sendable, Equatable {
    /// How many characters of the id the user types.
    public static let confirmationLength = 4

    public var dialog: ConfirmDialog
    /// What is typed, at most `confirmationLength` characters.
    public private(set) var field = TextField(limit: DeleteDialog.confirmationLength)
    /// Whether Enter was pressed on a wrong confirmation.
    public private(set) var mismatch = false

    public init(key: TaskKey, route: String) {
        dialog = ConfirmDialog(command: .delete, key: key, route: route)
    }

    init(_ target: OverlayTarget) { self.init(key: target.key, route: target.route) }

    /// What has been typed.
    public var typed: String { field.value }

    /// What must be typed: the first characters of the task id.
    public var expected: String { String(dialog.key.id.prefix(Self.confirmationLength)) }

    /// Whether the typed text is the expected one (case aside).
    public var isConfirmed: Bool { typed.lowercased() == expected.lowercased() }
}

extension DeleteDialog: OverlayComponent {
    var overlay: Overlay { .delete(self) }

    mutating func update(_ event: OverlayEvent, _ context: OverlayContext) -> OverlayOutcome {
        if let settled = dialog.settle(event, context) { return settled }
        guard case .key(let key) = event else { return .stay }
        let action = context.keymap.action(for: key, on: .text)
        if action == .leave { return .close }
        if key == .enter {
            guard isConfirmed else {
                mismatch = true
                return .stay
            }
            dialog.phase = .sending
            return .sending(.deleteTask(dialog.key))
        }
        if field.handle(key, action: action) == .edited { mismatch = false }
        return .stay
    }

    func layout(in rect: Rect, _ context: OverlayContext) -> DialogGeometry {
        DialogGeometry(box: DialogBox(title: dialog.title(context.words), lines: lines(context), in: rect), buttons: nil)
    }

    func draw(_ geometry: DialogGeometry, _ context: OverlayContext, into grid: inout Grid) {
        geometry.draw(into: &grid, symbols: context.symbols)
    }

    func hints(_ context: OverlayContext) -> [String?] {
        let (keys, words) = (context.keys, context.words)
        return dialog.hints(context) {
            [words.text(.hintTypeID, ["id": expected]), keys.label(.enter) + " " + words.text(.hintDelete), keys.hint(.leave)]
        }
    }

    /// The heading, then the typed confirmation and what it does (or that it did not match).
    private func lines(_ context: OverlayContext) -> [DialogBox.Line] {
        let (symbols, words) = (context.symbols, context.words)
        let heading = dialog.heading(naming: dialog.key.id, words)
        guard dialog.phase == .asking else { return heading + dialog.outcome(context) }
        let expected = ["expected": expected, "count": String(Self.confirmationLength)]
        let prompt = words.text(.deleteType, expected)
            + field.line(width: Self.confirmationLength + 1, focused: true, symbols: symbols)
        let below = mismatch
            ? ("\(symbols.cross) " + words.text(.deleteMismatch, expected), Style.failure)
            : (words.text(.deleteWhat), Style.dialog)
        return heading + [(prompt, .dialogButtonFocused), below]
    }
}
