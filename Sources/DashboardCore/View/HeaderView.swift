import MonitorCore
import OMSCore

/// The top line: who and where, task counts, what needs attention, freshness and polling state.
enum HeaderView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let symbols = Symbols(unicode: state.unicode)
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: .header)
        var x = grid.put(" omsdash  ", x: 0, y: 0, style: .header)
        x += grid.put(scope(state, symbols), x: x, y: 0, style: .header, maxWidth: 48)
        let (synchronizing, stopped) = state.statusCounts
        let other = state.taskCount - synchronizing - stopped
        var right = freshness(state, symbols)
        let count = state.attentionCount
        let attention = count > 0 ? "\(Symbols(unicode: state.unicode).attention) \(count) need\(count == 1 ? "s" : "") attention" : ""
        if count > 0 { right = attention + "   " + right }
        if state.readOnly { right += "   read-only" }
        right += "   ? help "
        let (on, off) = (symbols.status(.synchronizing).0, symbols.status(.stopped).0)
        let long = "   \(on) \(synchronizing) synchronizing  \(off) \(stopped) stopped" + (other > 0 ? "  ? \(other) other" : "")
        let short = "  \(on) \(synchronizing) \(off) \(stopped)" + (other > 0 ? " ? \(other)" : "")
        let width = grid.width
        let fits = { (counts: String, right: String) in x + DisplayWidth.of(counts) + DisplayWidth.of(right) + 2 <= width }
        // The sweep's age says how far the rows can be trusted: the counts shorten before it goes.
        if let age = state.monitor.oldestRowAge(now: state.now) {
            let swept = "list swept \(HumanUnits.duration(Double(age) / 1000)) ago \(symbols.dot) " + right
            if fits(short, swept) { right = swept }
        }
        let counts = fits(long, right) ? long : short
        x += grid.put(counts, x: x, y: 0, style: .header)
        let start = max(x + 2, grid.width - DisplayWidth.of(right))
        grid.put(right, x: start, y: 0, style: .header)
        if count > 0 { grid.restyle(row: 0, style: .warning, from: start, to: start + DisplayWidth.of(attention)) }
    }

    private static func scope(_ state: AppState, _ symbols: Symbols) -> String {
        if state.profiles.count > 1 { return "\(state.profiles.count) profiles" }
        guard let profile = state.profiles.first else { return "" }
        let project = profile.projectID.map { " \(symbols.dot) project \(TaskText.shortID($0))" } ?? ""
        return "\(profile.name) \(symbols.dot) \(profile.region)\(project)"
    }

    /// "refreshed 2s ago · live", or the polling trouble.
    static func freshness(_ state: AppState, _ symbols: Symbols) -> String {
        let polls = state.profiles.compactMap { state.monitor.watches[$0.name]?.health }
        let phases = polls.map { $0.phase(paused: state.paused) }
        let phase: PollState.Phase =
            phases.contains(.stopped) ? .stopped
            : state.paused ? .paused
            : phases.contains(.stale) ? .stale
            : phases.contains(.backingOff) ? .backingOff
            : phases.contains(.connecting) ? .connecting : .live
        let word: String =
            switch phase {
            case .live: "live"
            case .paused: "paused"
            case .backingOff: "backing off"
            case .stale: "stale"
            case .stopped: "stopped: auth error"
            case .connecting: "connecting"
            }
        guard let last = polls.compactMap(\.lastSuccess).min() else { return word }
        return "refreshed \(HumanUnits.duration(Double(state.now - last) / 1000)) ago \(symbols.dot) \(word)"
    }
}
