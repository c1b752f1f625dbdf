import MonitorCore
import OMSCore

/// The start and stop dialogs: answered by the dialog's actions (`confirm`, `cancel`,
/// `switch_button`, `press_button`) or a click on a button.
extension ConfirmDialog: OverlayComponent {
    var overlay: Overlay { .confirm(self) }

    mutating func update(_ event: OverlayEvent, _ context: OverlayContext) -> OverlayOutcome {
        if let settled = settle(event, context) { return settled }
        switch event {
        case .key(let key):
            guard let button = answer(key, context) else { return .stay }
            return press(button, context)
        case .mouse(let mouse):
            guard mouse.kind == .press, let button = geometry(context).button(atX: mouse.x, y: mouse.y) else { return .stay }
            focused = button
            return press(button, context)
        case .answered, .created, .resized, .listsRead:
            return .stay
        }
    }

    /// What any dialog does with an event that is not its question's: its command's answer closes
    /// it or shows the failure; while sending it takes nothing; after a failure any key or click
    /// closes it, and the `quit` keys quit too. Nil when the dialog asks and the event is its own.
    mutating func settle(_ event: OverlayEvent, _ context: OverlayContext) -> OverlayOutcome? {
        switch (event, phase) {
        case (.answered(let key, let error), _):
            guard key == self.key else { return .stay }
            guard let error else { return .close }
            phase = .failed(error)
            return .stay
        case (.created, _), (.resized, _), (.listsRead, _):
            return .stay
        case (_, .asking):
            return nil
        case (_, .sending):
            return .stay
        case (.key(let key), .failed):
            return OverlayOutcome(next: .close, requests: context.keymap.keys(for: .quit).contains(key) ? [.quit] : [])
        case (.mouse(let mouse), .failed):
            return mouse.kind == .press ? .close : .stay
        }
    }

    /// What a key says to a yes-or-no question: `confirm` yes, `cancel` no, `press_button` what the
    /// focused button says; `switch_button` moves the focus and answers nothing yet.
    mutating func answer(_ key: Key, _ context: OverlayContext) -> Button? {
        switch context.keymap.action(for: key, on: .dialog) {
        case .confirm?: return .confirm
        case .cancel?: return .cancel
        case .pressButton?: return focused
        case .switchButton?: focused = focused == .cancel ? .confirm : .cancel
        default: break
        }
        return nil
    }

    /// A button pressed by its key or a click: the confirming one sends the one request (or asks
    /// for the start keys first, when the config has none for the task); Cancel closes.
    private mutating func press(_ button: Button, _ context: OverlayContext) -> OverlayOutcome {
        guard button == .confirm else { return .close }
        if command == .start && !context.session.startKeys.covers(key.id) {
            return OverlayOutcome(next: .replace(.credentials(CredentialPrompt(dialog: self))))
        }
        phase = .sending
        switch command {
        case .start: return .sending(.startTask(key, nil))
        case .stop: return .sending(.stopTask(key))
        case .delete: return .sending(.deleteTask(key))
        case .syncObjects: return .stay  // sent from its own prompt, which holds the names
        }
    }
}
