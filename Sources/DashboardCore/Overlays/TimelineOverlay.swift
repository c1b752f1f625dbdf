import MonitorCore
import OMSCore

/// `e`: the session's alert events, newest first, scrolled down by `scroll`, in a box over the
/// dashboard. The moving keys and the wheel scroll it; `close` or `timeline` closes it.
struct TimelineOverlay: OverlayComponent {
    let scroll: Int

    /// How many events fit in the box at a terminal height.
    static func bodyRows(height: Int) -> Int { max(1, height - 7) }

    func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        move(state.session.keymap.action(for: key, on: .timeline), in: &state)
        return []
    }

    func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        guard mouse.kind != .press else { return [] }
        for _ in 0..<Dashboard.wheelStep {
            guard case .timeline(let scroll) = state.overlay else { break }
            TimelineOverlay(scroll: scroll).move(mouse.kind == .wheelUp ? .moveUp : .moveDown, in: &state)
        }
        return []
    }

    func hints(_ keys: KeyHints, in state: AppState) -> [String?] {
        [keys.pair(.moveUp, .moveDown, .hintScroll), keys.pair(.first, .last, .hintNewestOldest), keys.hint(.close)]
    }

    func draw(_ state: AppState, into grid: inout Grid) {
        let book = state.monitor.alerts
        let symbols = Symbols(unicode: state.session.unicode)
        let rows = Self.bodyRows(height: grid.height)
        let width = grid.width - 8
        let words = state.session.language
        let heading = Self.heading(book, symbols, closes: KeyHints(state).keys(.close), language: words)
        var lines: [(String, Style)] = [(DisplayWidth.fit(heading, to: width), .dialog)]
        if book.timeline.isEmpty { lines.append((words.text(.timelineEmpty), .muted)) }
        for event in book.timeline.reversed().dropFirst(scroll).prefix(rows) {
            lines.append((Self.line(event, state: state), Self.style(event)))
        }
        while lines.count < rows + 1 { lines.append(("", .dialog)) }
        DialogView.drawBox(title: words.text(.timelineTitle), lines: lines, into: &grid, symbols: symbols)
    }

    private func move(_ action: KeyAction?, in state: inout AppState) {
        let rows = Self.bodyRows(height: state.viewport.height)
        let last = max(0, state.monitor.alerts.timeline.count - rows)
        switch action {
        case .close?, .timeline?:
            state.overlay = nil
        default:
            guard let next = Dashboard.scrolled(scroll, by: action, page: max(1, rows - 1), last: last) else { return }
            state.overlay = .timeline(scroll: next)
        }
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
    private static func line(_ event: AlertEvent, state: AppState) -> String {
        var subject = event.taskID.map(TaskText.shortID) ?? state.session.language.text(.timelineProfile)
        if event.rule.isAboutOrganization {
            subject = event.profile
        } else if state.isMultiProfile {
            subject = "\(event.profile)/\(subject)"
        }
        return [
            LocalTime().time(event.time, withDate: true), DisplayWidth.fit(event.state.rawValue, to: 8),
            DisplayWidth.fit(event.severity.rawValue, to: 8), DisplayWidth.fit(event.rule.rawValue, to: 13),
            DisplayWidth.fit(subject, to: state.isMultiProfile ? 20 : 9), event.wording.text(state.session.language, clock: .local),
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
