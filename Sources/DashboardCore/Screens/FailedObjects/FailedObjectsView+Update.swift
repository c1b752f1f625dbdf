import MonitorCore
import OMSCore

/// The failed objects' keys: the moving keys scroll, `mark` marks the object under the cursor,
/// `mark_all` every one shown, `filter` edits the filter (the text keys, `leave` or Enter ends
/// it), `refresh` reads the lists again, `redrive` hands the names to the names prompt's review,
/// and `back` closes.
extension FailedObjectsView: OverlayComponent {
    var overlay: Overlay { .failedObjects(self) }

    /// Object rows in the box at a terminal height: the box leaves the status bar's two lines free.
    static func bodyRows(height: Int) -> Int { max(1, height - 14) }

    mutating func update(_ event: OverlayEvent, _ context: OverlayContext) -> OverlayOutcome {
        switch event {
        case .listsRead(let key, let result) where key == self.key:
            switch result {
            case .success(let summary):
                phase = .read(summary)
                marked.formIntersection(summary.objects.map(\.name))
            case .failure(let report):
                phase = .failed(report)
            }
            clampCursor(context)
            return .stay
        case .key(let key) where isEditingFilter:
            return editFilter(key, context)
        case .key(let key):
            return perform(context.keymap.action(for: key, on: .objects), context)
        case .mouse(let mouse) where mouse.kind != .press:
            for _ in 0..<Dashboard.wheelStep { _ = perform(mouse.kind == .wheelUp ? .moveUp : .moveDown, context) }
            return .stay
        case .mouse, .answered, .created, .resized, .listsRead:
            return .stay
        }
    }

    private mutating func perform(_ action: KeyAction?, _ context: OverlayContext) -> OverlayOutcome {
        refusal = nil
        let rows = Self.bodyRows(height: context.screen.height)
        switch action {
        case .back?:
            return .close
        case .filter?:
            isEditingFilter = true
        case .refresh?:
            phase = .reading
            return OverlayOutcome(effects: [read])
        case .mark?:
            let shown = shown
            guard shown.indices.contains(cursor) else { return .stay }
            let name = shown[cursor].name
            if marked.remove(name) == nil { marked.insert(name) }
            moveCursor(to: cursor + 1, rows: rows, count: shown.count)
        case .markAll?:
            let names = Set(shown.map(\.name))
            if names.isSubset(of: marked) { marked.subtract(names) } else { marked.formUnion(names) }
        case .redrive?:
            return redrive(context)
        default:
            let count = shown.count
            let page = max(1, rows - 1)
            let next: Int? = switch action {
            case .moveUp?: cursor - 1
            case .moveDown?: cursor + 1
            case .pageUp?: cursor - page
            case .pageDown?: cursor + page
            case .first?: 0
            case .last?: count - 1
            default: nil
            }
            if let next { moveCursor(to: next, rows: rows, count: count) }
        }
        return .stay
    }

    private mutating func editFilter(_ key: Key, _ context: OverlayContext) -> OverlayOutcome {
        let action = context.keymap.action(for: key, on: .text)
        if action == .leave || key == .enter {
            isEditingFilter = false
        } else {
            filterField.handle(key, action: action)
            cursor = 0
            scroll = 0
        }
        return .stay
    }

    /// The names to re-drive, handed to the names prompt's review; or why not.
    private mutating func redrive(_ context: OverlayContext) -> OverlayOutcome {
        let names = redriveNames
        guard synchronizing else {
            refusal = Wording(.failedNeedsSynchronizing)
            return .stay
        }
        guard !names.isEmpty else { return .stay }
        guard names.count <= Self.maxRedrive else {
            refusal = Wording(.failedTooMany, ["most": HumanUnits.grouped(Int64(Self.maxRedrive)), "count": HumanUnits.grouped(Int64(names.count)), "id": key.id])
            return .stay
        }
        return OverlayOutcome(next: .replace(.syncObjects(SyncObjectsPrompt(listed: names, from: self))))
    }

    private mutating func moveCursor(to index: Int, rows: Int, count: Int) {
        cursor = max(0, min(index, count - 1))
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + rows { scroll = cursor - rows + 1 }
    }

    private mutating func clampCursor(_ context: OverlayContext) {
        moveCursor(to: cursor, rows: Self.bodyRows(height: context.screen.height), count: shown.count)
    }
}
