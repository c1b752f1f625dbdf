import MonitorCore
import OMSCore

/// `f`'s keys. Editing: characters and Enter type, Tab types a comma, the text keys edit,
/// `review` reviews, `leave` leaves. Reviewing: `confirm` (or pressing Send) sends every batch,
/// one POST each; `cancel` goes back to the names.
extension SyncObjectsPrompt: OverlayComponent {
    var overlay: Overlay { .syncObjects(self) }

    mutating func update(_ event: OverlayEvent, _ context: OverlayContext) -> OverlayOutcome {
        if case .answered(let key, nil) = event, key == dialog.key {
            // Sent: says how many names OMS took and reads the task again, as its counters move with
            // them; names from the failed objects go back there, unmarked.
            let next: OverlayOutcome.Next = origin.map { .replace(.failedObjects($0.unmarked)) } ?? .close
            return OverlayOutcome(next: next, requests: [.flash(.sentNames(names.count, taskID: key.id)), .refresh, .answerTaken])
        }
        if let settled = dialog.settle(event, context) { return settled }
        switch event {
        case .key(let key) where reviewing:
            guard let button = dialog.answer(key, context) else { return .stay }
            return press(button)
        case .key(let key):
            return edit(key, context)
        case .mouse(let mouse) where reviewing && mouse.kind == .press:
            guard let button = geometry(context).button(atX: mouse.x, y: mouse.y) else { return .stay }
            dialog.focused = button
            return press(button)
        case .mouse, .answered, .created, .resized, .listsRead:
            return .stay
        }
    }

    private mutating func edit(_ key: Key, _ context: OverlayContext) -> OverlayOutcome {
        let action = context.keymap.action(for: key, on: .text)
        switch action {
        case .leave?:
            return .close
        case .review?:
            if case .failure(let problem) = batches {
                self.problem = problem
            } else {
                reviewing = true
                dialog.focused = .cancel
            }
            return .stay
        default:
            if key == .tab { field.insert(",") } else { field.handle(key, action: action) }
            problem = nil
            return .stay
        }
    }

    /// A button of the review, pressed by its key or a click: Send sends, Cancel goes back.
    private mutating func press(_ button: ConfirmDialog.Button) -> OverlayOutcome {
        guard button == .confirm else {
            if let origin { return OverlayOutcome(next: .replace(.failedObjects(origin))) }
            reviewing = false
            return .stay
        }
        guard case .success(let batches) = batches else { return .stay }
        dialog.phase = .sending
        return .sending(.syncObjects(dialog.key, batches))
    }
}
