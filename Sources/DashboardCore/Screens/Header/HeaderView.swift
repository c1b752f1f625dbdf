import MonitorCore
import OMSCore

/// The top line: who and where, task counts, what needs attention, freshness and polling state.
///
/// When the line is too narrow, parts give way in a fixed order, least important first: the help
/// hint, the long task counts, the project, the long attention count, the "refreshed" age, the
/// sweep's age, "read-only" (to "ro"), the region. The polling state (live, paused, stale,
/// stopped…) always stays.
enum HeaderView {
    /// Every part in its long and short forms.
    private struct Parts {
        var profile: String
        var place: String
        var project: String
        var counts: (long: String, short: String)
        var attention: (long: String, short: String)?
        var age: String?
        var swept: String?
        var phase: String
        /// "read-only" and its short form; nil when tasks can be changed.
        var readOnly: (long: String, short: String)?
        /// "? help", when help has a key.
        var help: String?
    }

    /// How much of each part a variant keeps.
    private struct Variant {
        var help = true, longCounts = true, longAttention = true, project = true, age = true, swept = true
        var longReadOnly = true, place = true
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        let symbols = Symbols(unicode: state.session.unicode)
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: .header)
        let parts = self.parts(state, symbols)
        var variant = Variant()
        let steps: [(inout Variant) -> Void] = [
            { $0.help = false }, { $0.longCounts = false }, { $0.project = false }, { $0.longAttention = false },
            { $0.age = false }, { $0.swept = false }, { $0.longReadOnly = false }, { $0.place = false },
        ]
        var (left, right) = line(parts, variant, symbols)
        for step in steps where DisplayWidth.of(left) + DisplayWidth.of(right) + 2 > grid.width {
            step(&variant)
            (left, right) = line(parts, variant, symbols)
        }
        grid.put(left, x: 0, y: 0, style: .header)
        let start = max(DisplayWidth.of(left) + 2, grid.width - DisplayWidth.of(right))
        grid.put(right, x: start, y: 0, style: .header)
        if let attention = parts.attention {
            let text = variant.longAttention ? attention.long : attention.short
            grid.restyle(row: 0, style: .warning, from: start, to: start + DisplayWidth.of(text))
        }
    }

    /// The left and right halves of the line for a variant.
    private static func line(_ parts: Parts, _ variant: Variant, _ symbols: Symbols) -> (String, String) {
        var scope = parts.profile
        if variant.place { scope += parts.place }
        if variant.place && variant.project { scope += parts.project }
        let left = " omsdash  " + scope + (variant.longCounts ? parts.counts.long : parts.counts.short)
        var right: [String] = []
        if let attention = parts.attention { right.append(variant.longAttention ? attention.long : attention.short) }
        var freshness = parts.phase
        if variant.age, let age = parts.age { freshness = age + " \(symbols.dot) " + freshness }
        if variant.swept, let swept = parts.swept { freshness = swept + " \(symbols.dot) " + freshness }
        right.append(freshness)
        if let readOnly = parts.readOnly { right.append(variant.longReadOnly ? readOnly.long : readOnly.short) }
        if variant.help, let help = parts.help { right.append(help) }
        return (left, right.joined(separator: "   ") + " ")
    }

    private static func parts(_ state: AppState, _ symbols: Symbols) -> Parts {
        let words = state.session.language
        let (synchronizing, stopped) = state.table.statusCounts
        let other = state.taskCount - synchronizing - stopped
        let (on, off) = (symbols.status(.synchronizing).0, symbols.status(.stopped).0)
        let count = { (message: Message, value: Int) in words.text(message, ["count": String(value)]) }
        let counts = (
            long: "   \(on) \(count(.headerSynchronizing, synchronizing))  \(off) \(count(.headerStopped, stopped))"
                + (other > 0 ? "  ? \(count(.headerOther, other))" : ""),
            short: "  \(on) \(synchronizing) \(off) \(stopped)" + (other > 0 ? " ? \(other)" : ""))
        let attentionCount = state.attentionCount
        let attention = attentionCount > 0
            ? (long: "\(symbols.attention) " + count(attentionCount == 1 ? .headerNeedsAttentionOne : .headerNeedsAttention, attentionCount),
               short: "\(symbols.attention) \(attentionCount)")
            : nil
        let swept = state.monitor.oldestRowAge(now: state.now).map {
            Wording(.headerSwept, quantities: ["age": .age(milliseconds: $0)]).text(words)
        }
        var profile = "", place = "", project = ""
        if state.profiles.count > 1 {
            profile = count(.headerProfiles, state.profiles.count)
            let accounts = Set(state.profiles.compactMap(\.account)).count
            if accounts > 0 { profile += " \(symbols.dot) " + count(.headerAccounts, accounts) }
        } else if let first = state.profiles.first {
            profile = first.name
            place = " \(symbols.dot) \(first.region)"
            project = first.projectID.map { " \(symbols.dot) " + words.text(.headerProject, ["id": TaskText.shortID($0)]) } ?? ""
        }
        let (age, phase) = freshness(state)
        return Parts(
            profile: profile, place: place, project: project, counts: counts, attention: attention, age: age, swept: swept,
            phase: phase, readOnly: state.session.readOnly ? (words.text(.headerReadOnly), words.text(.headerReadOnlyShort)) : nil,
            help: KeyHints(state).hint(.help))
    }

    /// "refreshed 2s ago" (nil before the first answer) and the polling state: live, paused, …;
    /// with several profiles, how many are in each state ("97 live · 3 refused").
    private static func freshness(_ state: AppState) -> (age: String?, phase: String) {
        let words = state.session.language
        let age = state.monitor.fleetHealth.oldestSuccess.map {
            Wording(.headerRefreshed, quantities: ["age": .age(milliseconds: state.now - $0)]).text(words)
        }
        if state.profiles.count > 1 {
            if state.paused { return (age, words.text(.phasePaused)) }
            let fleet = FleetHealth(state.monitor)
            return (age, fleet.counts(separator: " \(Symbols(unicode: state.session.unicode).dot) ", language: words))
        }
        let phases = state.profiles.compactMap { state.monitor.watches[$0.name]?.health.phase(paused: state.paused) }
        let phase: PollState.Phase =
            phases.contains(.stopped) ? .stopped
            : state.paused ? .paused
            : phases.contains(.stale) ? .stale
            : phases.contains(.backingOff) ? .backingOff
            : phases.contains(.connecting) ? .connecting : .live
        let word: Message =
            switch phase {
            case .live: .phaseLive
            case .paused: .phasePaused
            case .backingOff: .phaseBackingOff
            case .stale: .phaseStale
            case .stopped: .phaseStopped
            case .connecting: .phaseConnecting
            }
        return (age, words.text(word))
    }
}
