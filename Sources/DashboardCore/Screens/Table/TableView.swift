import MonitorCore
import OMSCore

/// The task table: its column headers on the first line of its rectangle, then one row per task,
/// the selected one highlighted.
enum TableView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let places = Places(state)
        let words = state.session.language
        let columns = TableColumn.fit(
            width: grid.width, multiProfile: state.isMultiProfile, wants: places.wants(state.visibleRows, state: state),
            window: state.window, language: words)
        var x = 1
        for column in columns {
            let title = TableColumn.title(column.kind, window: state.window, language: words)
            grid.put(
                DisplayWidth.fit(title, to: column.width, alignRight: column.alignRight),
                x: x, y: 0, style: .columnHeader)
            x += column.width + 1
        }
        if state.table.rows.isEmpty {
            let message = state.taskCount == 0
                ? words.text(
                    state.polls.values.contains { $0.lastSuccess != nil } ? .tableEmpty
                        : state.polls.values.allSatisfy { $0.authFailure != nil } ? .tableStopped : .tableLoading)
                : words.text(.tableNoMatch, ["filter": state.table.filter])
                    + (KeyHints(state).keys(.back).map { " · " + words.text(.tableClears, ["key": $0]) } ?? "")
            grid.put(message, x: 2, y: 1, style: .muted)
            return
        }
        let symbols = Symbols(unicode: state.session.unicode)
        let sparkline = Sparkline(unicode: state.session.unicode)
        for (offset, key) in state.visibleRows.enumerated() {
            let y = 1 + offset
            guard let task = state.task(key) else { continue }
            let selected = key == state.table.selection
            var x = 1
            for column in columns {
                let (text, style) = cell(
                    column.kind, task: task, key: key, state: state, places: places, symbols: symbols,
                    sparkline: sparkline, width: column.width)
                grid.put(DisplayWidth.fit(text, to: column.width, alignRight: column.alignRight), x: x, y: y, style: style)
                x += column.width + 1
            }
            let alerts = state.attention(key)
            if let worst = alerts.first {
                grid.put(symbols.attention, x: 2, y: y, style: worst.severity == .critical ? .failure : .warning)
            }
            if selected {
                grid.restyle(row: y, style: .selected)
            } else if let worst = alerts.first {
                grid.restyle(row: y, style: worst.severity == .critical ? .failure : .warning)
            } else if state.monitor.isStale(key, now: state.now) {
                grid.restyle(row: y, style: .muted)
            }
        }
    }

    static func cell(
        _ kind: TableColumn.Kind, task: SyncTask, key: TaskKey, state: AppState, places: Places, symbols: Symbols,
        sparkline: Sparkline, width: Int
    ) -> (String, Style) {
        let monthly = task.monthly
        let dash = symbols.none
        switch kind {
        case .status: return symbols.status(task.status)
        case .profile: return (DisplayWidth.truncateMiddle(key.profile, to: width), .muted)
        case .id: return (TaskText.shortID(task.id), .normal)
        case .cloud: return (TaskText.cloudAbbreviation(task.srcCloudType), .muted)
        case .source: return (places.source(task).fitted(to: width), .normal)
        case .destination: return (places.destinationCell(task, key: key, width: width), .normal)
        case .description: return (task.description ?? "", .muted)
        case .lastStart: return (task.lastStartTime.map { state.session.clock.time($0, withDate: true) } ?? dash, .muted)
        case .requested: return (monthly?.requested.map(HumanUnits.count) ?? dash, .normal)
        case .succeeded: return (monthly?.succeeded.map(HumanUnits.count) ?? dash, .normal)
        case .failed:
            guard let failed = monthly?.failed else { return (dash, .normal) }
            return (HumanUnits.count(failed), failed > 0 ? .failure : .normal)
        case .skipped: return (monthly?.skipped.map(HumanUnits.count) ?? dash, .muted)
        case .size: return (monthly?.bytes.map(HumanUnits.bytes) ?? dash, .normal)
        case .rate:
            guard let rate = monthly?.successRate else { return (dash, .normal) }
            return (HumanUnits.percent(rate), rate < 0.95 ? .failure : rate < 0.99 ? .warning : .ok)
        case .sparkline:
            guard let series = state.details[key]?.series(.success, window: state.window) else { return ("", .muted) }
            return (sparkline.render(series.values, width: width), .accent)
        }
    }
}

extension TableView {
    /// The bucket cells of the table: the destination's region is left out when it is the profile's.
    struct Places {
        let profileRegions: [String: String]
        /// What leads a destination: "→ ".
        let arrow: String

        init(_ state: AppState) {
            profileRegions = state.monitor.profileRegions
            arrow = Symbols(unicode: state.session.unicode).arrow + " "
        }

        func source(_ task: SyncTask) -> BucketPlace {
            BucketPlace(region: task.srcRegion ?? "?", bucket: task.srcBucket ?? "?")
        }

        func destination(_ task: SyncTask, key: TaskKey) -> BucketPlace {
            let region = task.dstRegion.flatMap { $0 == profileRegions[key.profile] ? nil : $0 }
            return BucketPlace(region: region, bucket: task.dstBucket ?? "?")
        }

        /// "→ logs-prod", fitted to `width` columns.
        func destinationCell(_ task: SyncTask, key: TaskKey, width: Int) -> String {
            arrow + destination(task, key: key).fitted(to: width - DisplayWidth.of(arrow))
        }

        /// The widths the text columns need: for nine rows in ten on screen, and for the longest.
        func wants(_ rows: some Sequence<TaskKey>, state: AppState) -> TableColumn.Wants {
            var sources: [Int] = [], destinations: [Int] = [], descriptions: [Int] = []
            for key in rows {
                guard let task = state.task(key) else { continue }
                sources.append(DisplayWidth.of(source(task).text))
                destinations.append(DisplayWidth.of(arrow + destination(task, key: key).text))
                descriptions.append(DisplayWidth.of(task.description ?? ""))
            }
            func want(_ widths: [Int]) -> TableColumn.Want {
                TableColumn.Want(usual: Self.ninetiethPercentile(widths), longest: widths.max() ?? 0)
            }
            return TableColumn.Wants(source: want(sources), destination: want(destinations), description: want(descriptions))
        }

        /// The smallest width at least nine in ten of `widths` fit in (nearest rank); 0 for none.
        static func ninetiethPercentile(_ widths: [Int]) -> Int {
            guard !widths.isEmpty else { return 0 }
            let rank = (widths.count * 9 + 9) / 10
            return widths.sorted()[rank - 1]
        }
    }
}
