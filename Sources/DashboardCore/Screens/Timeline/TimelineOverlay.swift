import MonitorCore
import OMSCore

/// `e`: the session's alert events, newest first, scrolled down by `scroll`, in a box over the
/// dashboard. The moving keys and the wheel scroll it; `close` or `timeline` closes it.
struct TimelineOverlay: OverlayComponent {
    var scroll: Int

    /// How many events fit in the box at a terminal height.
    static func bodyRows(height: Int) -> Int { max(1, height - 7) }

    var overlay: Overlay { .timeline(scroll: scroll) }

    mutating func update(_ event: OverlayEvent, _ context: OverlayContext) -> OverlayOutcome {
        switch event {
        case .key(let key):
            return move(context.keymap.action(for: key, on: .timeline), context)
        case .mouse(let mouse) where mouse.kind != .press:
            for _ in 0..<Dashboard.wheelStep { _ = move(mouse.kind == .wheelUp ? .moveUp : .moveDown, context) }
            return .stay
        case .mouse, .answered, .created, .resized, .listsRead:
            return .stay
        }
    }

    private mutating func move(_ action: KeyAction?, _ context: OverlayContext) -> OverlayOutcome {
        let rows = Self.bodyRows(height: context.screen.height)
        let last = max(0, context.alerts.timeline.count - rows)
        switch action {
        case .close?, .timeline?:
            return .close
        default:
            if let next = Scrolling.scrolled(scroll, by: action, page: max(1, rows - 1), last: last) { scroll = next }
            return .stay
        }
    }

    func hints(_ context: OverlayContext) -> [String?] {
        let keys = context.keys
        return [keys.pair(.moveUp, .moveDown, .hintScroll), keys.pair(.first, .last, .hintNewestOldest), keys.hint(.close)]
    }

    func layout(in rect: Rect, _ context: OverlayContext) -> DialogBox {
        let book = context.alerts
        let rows = Self.bodyRows(height: rect.height)
        let width = rect.width - 8
        let words = context.words
        let heading = Self.heading(book, context.symbols, closes: context.keys.keys(.close), language: words)
        var lines: [DialogBox.Line] = [(DisplayWidth.fit(heading, to: width), .dialog)]
        if book.timeline.isEmpty { lines.append((words.text(.timelineEmpty), .muted)) }
        for event in book.timeline.reversed().dropFirst(scroll).prefix(rows) {
            lines.append((Self.line(event, context), Self.style(event)))
        }
        while lines.count < rows + 1 { lines.append(("", .dialog)) }
        return DialogBox(title: words.text(.timelineTitle), lines: lines, in: rect)
    }

    func draw(_ box: DialogBox, _ context: OverlayContext, into grid: inout Grid) {
        box.draw(into: &grid, symbols: context.symbols)
    }

    private static func heading(_ book: AlertBook, _ symbols: Symbols, closes: String?, language: Language) -> String {
        let kept = book.timeline.count
        let count = book.eventCount > kept
            ? language.text(.timelineLastOf, ["kept": HumanUnits.grouped(Int64(kept)), "total": HumanUnits.grouped(Int64(book.eventCount))])
            : "\(kept)"
        return [
            language.text(.timelineCount, ["count": count]),
            language.text(.timelineAttention, ["count": String(book.firing(atLeast: .warning).count)]),
        ].joined(separator: " \(symbols.dot) ") + (closes.map { " \(symbols.dot) " + language.text(.timelineCloses, ["key": $0]) } ?? "")
    }

    /// "11-22 14:05  firing    warning   failure_burst  65ace268…  failed 212 of 849 objects …".
    private static func line(_ event: AlertEvent, _ context: OverlayContext) -> String {
        var subject = event.taskID.map(TaskText.shortID) ?? context.words.text(.timelineProfile)
        if event.rule.isAboutOrganization {
            subject = event.profile
        } else if context.isMultiProfile {
            subject = "\(event.profile)/\(subject)"
        }
        return [
            context.session.clock.time(event.time, withDate: true), DisplayWidth.fit(event.state.rawValue, to: 8),
            DisplayWidth.fit(event.severity.rawValue, to: 8), DisplayWidth.fit(event.rule.rawValue, to: 13),
            DisplayWidth.fit(subject, to: context.isMultiProfile ? 20 : 9),
            event.wording.text(context.words, clock: context.session.clock.wordingClock),
        ].joined(separator: "  ")
    }

    private static func style(_ event: AlertEvent) -> Style {
        guard event.state == .firing else { return .ok }
        switch event.severity {
        case .critical: return .failure
        case .warning: return .warning
        case .info: return .dialog
        }
    }
}
