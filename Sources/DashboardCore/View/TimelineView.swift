import MonitorCore
import OMSCore

/// The session's alert events, newest first, in a box over the dashboard (`e`).
enum TimelineView {
    /// How many events fit in the box at a terminal height.
    static func bodyRows(height: Int) -> Int { max(1, height - 7) }

    static func draw(_ state: AppState, scroll: Int, into grid: inout Grid) {
        let book = state.monitor.alerts
        let symbols = Symbols(unicode: state.unicode)
        let rows = bodyRows(height: grid.height)
        let width = grid.width - 8
        var lines: [(String, Style)] = [(DisplayWidth.fit(heading(book, symbols, closes: KeyHints(state).keys(.close)), to: width), .dialog)]
        if book.timeline.isEmpty {
            lines.append(("no events yet: alerts fire on stopped tasks, failure bursts, silent sources and API trouble", .muted))
        }
        for event in book.timeline.reversed().dropFirst(scroll).prefix(rows) {
            lines.append((line(event, state: state), style(event)))
        }
        while lines.count < rows + 1 { lines.append(("", .dialog)) }
        DialogView.drawBox(title: "Events", lines: lines, into: &grid, symbols: symbols)
    }

    private static func heading(_ book: AlertBook, _ symbols: Symbols, closes: String?) -> String {
        let kept = book.timeline.count
        let count = book.eventCount > kept ? "the last \(HumanUnits.grouped(Int64(kept))) of \(HumanUnits.grouped(Int64(book.eventCount)))" : "\(kept)"
        return "\(count) this session, newest first \(symbols.dot) \(book.firing(atLeast: .warning).count) need attention now" + (closes.map { " \(symbols.dot) \($0) closes" } ?? "")
    }

    /// "11-22 14:05  firing    warning   failure_burst  65ace268…  failed 212 of 849 objects …".
    static func line(_ event: AlertEvent, state: AppState) -> String {
        var subject = event.taskID.map(TaskText.shortID) ?? "profile"
        if state.isMultiProfile { subject = "\(event.profile)/\(subject)" }
        return [
            LocalTime().time(event.time, withDate: true), DisplayWidth.fit(event.state.rawValue, to: 8),
            DisplayWidth.fit(event.severity.rawValue, to: 8), DisplayWidth.fit(event.rule.rawValue, to: 13),
            DisplayWidth.fit(subject, to: state.isMultiProfile ? 20 : 9), event.message,
        ].joined(separator: "  ")
    }

    static func style(_ event: AlertEvent) -> Style {
        guard event.state == .firing else { return .ok }
        switch event.severity {
        case .critical: return .failure
        case .warning: return .warning
        case .info: return .dialog
        }
    }
}
