import MonitorCore
import OMSCore

/// The masked form that asks for the keys start needs when the config has none for the task: four
/// fields, every one shown as dots (task access keys are secrets like the SKs). The values live in
/// memory only until the one request is sent.
public struct CredentialPrompt: Sendable, Equatable {
    public var dialog: ConfirmDialog
    public private(set) var fields = Array(repeating: TextField(secret: true), count: 4)
    /// The field that has the keyboard.
    public private(set) var field = 0

    /// The four keys' labels.
    public static let labels: [Message] = [.keysSourceAK, .keysSourceSK, .keysDestinationAK, .keysDestinationSK]
    /// The most dots a field shows.
    static let shownWidth = 25

    public init(dialog: ConfirmDialog) { self.dialog = dialog }

    /// What each field holds.
    public var values: [String] { fields.map(\.value) }

    public var request: StartSyncTaskRequest {
        StartSyncTaskRequest(srcAK: values[0], srcSK: Secret(values[1]), dstAK: values[2], dstSK: Secret(values[3]))
    }

    public var isComplete: Bool { fields.allSatisfy { !$0.isEmpty } }
}

extension CredentialPrompt: OverlayComponent {
    var overlay: Overlay { .credentials(self) }

    /// Enter moves to the next field and sends from the last once all four are filled; Tab, Shift-Tab
    /// and the arrows move; a click picks the field under it; `leave` closes, nothing sent.
    mutating func update(_ event: OverlayEvent, _ context: OverlayContext) -> OverlayOutcome {
        switch event {
        case .key(let key): return handle(key, context)
        case .mouse(let mouse):
            if mouse.kind == .press, let index = geometry(context).fieldIndex(atRow: mouse.y) { field = index }
            return .stay
        case .answered, .created, .resized, .listsRead: return .stay
        }
    }

    private mutating func handle(_ key: Key, _ context: OverlayContext) -> OverlayOutcome {
        let action = context.keymap.action(for: key, on: .text)
        if action == .leave { return .close }
        if fields[field].handle(key, action: action) != .ignored { return .stay }
        switch key {
        case .up, .backTab: field = max(0, field - 1)
        case .tab, .down: field = min(Self.labels.count - 1, field + 1)
        case .enter:
            if field < Self.labels.count - 1 {
                field += 1
            } else if isComplete {
                var dialog = dialog
                dialog.phase = .sending
                return OverlayOutcome(next: .replace(.confirm(dialog)), effects: [.startTask(dialog.key, request)])
            } else {
                field = fields.firstIndex(where: \.isEmpty) ?? field
            }
        default: break
        }
        return .stay
    }

    func layout(in rect: Rect, _ context: OverlayContext) -> CredentialPromptGeometry {
        CredentialPromptGeometry(box: DialogBox(title: dialog.title(context.words), lines: lines(context), in: rect))
    }

    func draw(_ geometry: CredentialPromptGeometry, _ context: OverlayContext, into grid: inout Grid) {
        geometry.box.draw(into: &grid, symbols: context.symbols)
    }

    func hints(_ context: OverlayContext) -> [String?] {
        let (keys, words) = (context.keys, context.words)
        return [
            words.text(.hintTypeKeys), keys.label(.enter) + " " + words.text(.hintNextSend),
            keys.label(.up) + keys.label(.down) + " " + words.text(.hintField), keys.hint(.leave),
        ]
    }

    private func lines(_ context: OverlayContext) -> [DialogBox.Line] {
        let words = context.words
        var lines: [DialogBox.Line] = [
            (words.text(.keysMissing, ["id": TaskText.shortID(dialog.key.id)]), .dialog),
            (words.text(.keysNotKept), .dialog),
            ("", .dialog),
        ]
        let labels = Self.labels.map { words.text($0) }
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        for (index, label) in labels.enumerated() {
            let shown = fields[index].line(width: Self.shownWidth, focused: index == field, symbols: context.symbols)
            lines.append((DisplayWidth.fit(label, to: labelWidth) + shown, index == field ? .dialogButtonFocused : .dialog))
        }
        return lines
    }
}

/// Where the start-keys prompt is: its box, whose lines from `ConfirmDialog.firstBodyLine` are the fields.
struct CredentialPromptGeometry: Sendable {
    let box: DialogBox

    /// The field on a screen row, if any.
    func fieldIndex(atRow y: Int) -> Int? {
        guard let line = box.line(atRow: y) else { return nil }
        let index = line - ConfirmDialog.firstBodyLine
        return CredentialPrompt.labels.indices.contains(index) ? index : nil
    }
}
