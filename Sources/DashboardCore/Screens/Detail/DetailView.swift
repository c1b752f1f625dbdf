import MonitorCore
import OMSCore

/// The selected task in full: settings, this month's counters, and a sparkline per series with
/// its last, min, max and total, the current throughput, and time labels at both ends.
enum DetailView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let symbols = Symbols(unicode: state.session.unicode)
        let words = state.session.language
        let top = 0
        let bottom = grid.height
        guard bottom > 0 else { return }
        let line = String(repeating: symbols.horizontal, count: grid.width)
        grid.put(line, x: 0, y: top, style: .muted)
        guard let key = state.table.selection, let task = state.task(key) else {
            grid.put(" \(words.text(.detailNoTask)) ", x: 2, y: top, style: .muted)
            return
        }
        let time = state.session.clock
        let detail = state.details[key]
        let shown = detail?.shown ?? task
        var title = " \(task.id) \(symbols.dot) \(TaskText.status(task))"
        if let start = task.lastStartTime {
            let when = ["time": time.dateTime(start)]
            title += task.status == .synchronizing
                ? " " + words.text(.detailSince, when) : " \(symbols.dot) " + words.text(.detailLastStarted, when)
        }
        if state.isMultiProfile { title += " \(symbols.dot) " + words.text(.detailProfile, ["name": key.profile]) }
        grid.put(title + " ", x: 1, y: top, style: .accent)
        let alerts = state.monitor.alerts.alerts(profile: key.profile, taskID: key.id)
        let lines = DetailLines(height: grid.height, alerts: alerts.count)
        var y = top + 1
        func row(_ label: Message, _ value: String, style: Style = .normal) {
            guard y < bottom else { return }
            grid.put(DisplayWidth.fit(words.text(label), to: 12), x: 1, y: y, style: .muted)
            grid.put(value, x: 14, y: y, style: style, maxWidth: grid.width - 15)
            y += 1
        }
        let dot = " \(symbols.dot) "
        if lines.route {
            let source = [shown.srcCloudType?.rawValue, shown.srcRegion, shown.srcBucket].compactMap { $0 }.joined(separator: dot)
            let destination = [shown.dstRegion, shown.dstBucket, shown.dstStoragePolicy?.rawValue].compactMap { $0 }.joined(separator: dot)
            let lists = listsPart(state.listGlances.glance(key), state).map { dot + $0 } ?? ""
            row(.detailRoute, "\(source) \(symbols.arrow) \(destination)\(lists)")
        }
        if lines.settings {
            let flag = { (value: Bool?) in value.map { words.text($0 ? .detailOn : .detailOff) } ?? symbols.none }
            var settings = [
                words.text(.detailOverwrite, ["value": shown.objectOverwriteMode?.rawValue ?? symbols.none]),
                words.text(.detailCheck, ["value": shown.consistencyCheck?.rawValue ?? symbols.none]),
                words.text(.detailKMS, ["value": flag(shown.enableKMS)]),
                words.text(.detailMetadata, ["value": flag(shown.enableMetadataMigration)]),
                words.text(.detailRestore, ["value": flag(shown.enableRestore)]),
            ]
            if let app = shown.appID, !app.isEmpty { settings.append("app_id \(app)") }
            row(.detailSettings, settings.joined(separator: "   "))
        }
        if lines.about {
            var about: [String] = []
            if let description = shown.description, !description.isEmpty { about.append(description) }
            if let created = shown.createTime { about.append(words.text(.detailCreated, ["time": time.dateTime(created)])) }
            if let cdn = task.sourceCDN, let domain = cdn.domain {
                about.append("CDN \(cdn.protocol ?? "https")://\(domain) (\(cdn.authenticationType?.rawValue ?? "NONE"))")
            }
            row(.detailAbout, about.joined(separator: dot))
        }
        if lines.syncURL, let profile = state.profiles.first(where: { $0.name == key.profile }), let endpoint = profile.endpoint,
            let project = profile.projectID
        {
            row(.detailSyncURL, endpoint.syncEventsURL(projectID: project, taskID: key.id))
        }
        if lines.thisMonth {
            if let monthly = shown.monthly {
                let count = { (message: Message, value: Int64?) in words.text(message, ["count": HumanUnits.grouped(value ?? 0)]) }
                var parts = [
                    count(.detailRequested, monthly.requested), count(.detailSucceeded, monthly.succeeded),
                    count(.detailFailed, monthly.failed), count(.detailSkipped, monthly.skipped), HumanUnits.bytes(monthly.bytes ?? 0),
                ]
                if let rate = monthly.successRate { parts.append(words.text(.detailRateOK, ["rate": HumanUnits.percent(rate)])) }
                row(.detailThisMonth, parts.joined(separator: dot), style: (monthly.failed ?? 0) > 0 ? .normal : .ok)
            } else {
                row(.detailThisMonth, detail?.showInFlight == true || detail == nil ? words.text(.detailLoading) : symbols.none, style: .muted)
            }
        }
        for alert in alerts.prefix(lines.alerts) {
            let since = state.session.clock.time(alert.since, withDate: true)
            row(.detailAlert, words.text(.detailAlertSince, ["rule": alert.key.rule.rawValue, "time": since, "message": alert.wording.text(words, clock: state.session.clock.wordingClock)]),
                style: alert.severity == .critical ? .failure : .warning)
        }
        if lines.gap { y += 1 }
        drawCharts(state, key: key, symbols: symbols, into: &grid, top: y, bottom: bottom)
    }

    /// A series' figures from the longest form to the shortest.
    private static func figureVariants(_ type: StatisticDataType, _ window: SeriesWindow, language: Language) -> [String] {
        let show = { (message: Message, value: Int64) in
            Wording(message, quantities: ["value": type == .size ? .bytes(value) : .count(value)]).text(language)
        }
        let (last, low, high, total) = (
            show(.chartLast, window.last), show(.chartMin, window.minimum), show(.chartMax, window.maximum), show(.chartTotal, window.total)
        )
        return [[last, low, high, total], [last, high, total], [last, high], [last]].map { $0.joined(separator: "  ") }
    }

    private static func drawCharts(
        _ state: AppState, key: TaskKey, symbols: Symbols, into grid: inout Grid, top: Int, bottom: Int
    ) {
        let detail = state.details[key]
        let types = StatisticDataType.documented
        guard top < bottom else { return }
        guard detail?.statisticsWindow == state.window, detail?.statistics != nil else {
            let waiting = detail?.statisticsInFlight == true || detail?.statisticsAt == nil
            let window = ["window": state.window.label]
            grid.put(state.session.language.text(waiting ? .chartLoading : .chartNone, window), x: 1, y: top, style: .muted)
            return
        }
        let series = types.compactMap { type in detail?.series(type, window: state.window).map { (type, $0) } }
        // The charts take at least half the width; the figures beside them shorten to fit the rest.
        let rateWidth = 12
        let variants = series.map { type, window in figureVariants(type, window, language: state.session.language) }
        let longest = variants.compactMap { $0.first.map { DisplayWidth.of($0) } }.max() ?? 0
        let chartWidth = max(grid.width / 2, grid.width - 11 - (longest + 2) - rateWidth - 1)
        let figuresWidth = max(0, grid.width - 11 - chartWidth - rateWidth - 1)
        let figures = variants.map { forms in forms.first { DisplayWidth.of($0) + 1 <= figuresWidth } ?? "" }
        let sparkline = Sparkline(unicode: state.session.unicode)
        var y = top
        for ((type, window), text) in zip(series, figures) where y < bottom - 1 {
            let isSize = type == .size
            grid.put(type.rawValue, x: 1, y: y, style: type == .failure && window.total > 0 ? .failure : .muted)
            let chart = sparkline.render(window.values, width: chartWidth)
            grid.put(chart, x: 10, y: y, style: type == .failure ? .failure : .accent)
            // Beside the chart as drawn: a short window has fewer buckets than the room.
            let figuresX = 11 + DisplayWidth.of(chart)
            grid.put(text, x: figuresX, y: y, style: .normal, maxWidth: figuresWidth + chartWidth - DisplayWidth.of(chart))
            if type == .success || isSize {
                let rate = HumanUnits.rate(window.lastRatePerSecond, unit: isSize ? .bytes : .objects)
                grid.put(DisplayWidth.fit(rate, to: rateWidth, alignRight: true), x: grid.width - rateWidth - 1, y: y, style: .ok)
            }
            y += 1
        }
        let firstSeries = series.first?.1
        if let series = firstSeries, y < bottom {
            let time = state.session.clock
            let withDate = state.window >= .oneDay
            let left = time.time(series.start, withDate: withDate)
            let right = time.time(series.end, withDate: withDate)
            grid.put(left, x: 10, y: y, style: .muted)
            let rightX = 10 + min(chartWidth, series.values.count) - DisplayWidth.of(right)
            if rightX > 10 + DisplayWidth.of(left) { grid.put(right, x: rightX, y: y, style: .muted) }
            let buckets = state.session.language.text(series.step >= 3_600_000 ? .chartOneHour : .chartFiveMinutes)
            let caption = state.session.language.text(.chartWindow, ["window": state.window.label, "dot": symbols.dot, "buckets": buckets])
            grid.put(caption, x: 11 + chartWidth, y: y, style: .muted)
        }
    }

    /// What the newest failed-object lists in the destination bucket hold, and the key that shows
    /// them: "failed lists: 1,204 (2026-12-07 09:00 UTC, F)".
    private static func listsPart(_ glance: ListGlances.Glance?, _ state: AppState) -> String? {
        let words = state.session.language
        let key = state.session.keymap.label(.failedObjects, unicode: state.session.unicode)
        switch glance {
        case nil:
            return nil
        case .read(let glance) where glance.lists == 0:
            return words.text(.detailListsNone)
        case .read(let glance):
            return words.text(.detailLists, [
                "count": HumanUnits.grouped(Int64(glance.names)),
                "written": FailedObjectsView.written(glance.newestWritten ?? ""), "key": key,
            ])
        case .failed:
            return words.text(.detailListsUnreadable, ["key": key])
        }
    }
}
