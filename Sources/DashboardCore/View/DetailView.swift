import MonitorCore
import OMSCore

/// The selected task in full: settings, this month's counters, and a sparkline per series with
/// its last, min, max and total, the current throughput, and time labels at both ends.
enum DetailView {
    static func draw(_ state: AppState, into grid: inout Grid, layout: Layout) {
        let symbols = Symbols(unicode: state.unicode)
        let top = layout.detailTop
        let bottom = top + layout.detailHeight
        guard layout.detailHeight > 0 else { return }
        let line = String(repeating: symbols.horizontal, count: grid.width)
        grid.put(line, x: 0, y: top, style: .muted)
        guard let key = state.selection, let task = state.task(key) else {
            grid.put(" no task selected ", x: 2, y: top, style: .muted)
            return
        }
        let time = LocalTime()
        let detail = state.details[key]
        let shown = detail?.shown ?? task
        var title = " \(task.id) \(symbols.dot) \(TaskText.status(task))"
        if let start = task.lastStartTime {
            title += task.status == .synchronizing ? " since \(time.dateTime(start))" : " \(symbols.dot) last started \(time.dateTime(start))"
        }
        if state.isMultiProfile { title += " \(symbols.dot) profile \(key.profile)" }
        grid.put(title + " ", x: 1, y: top, style: .accent)
        let alerts = state.monitor.alerts.alerts(profile: key.profile, taskID: key.id)
        let lines = DetailLines(height: layout.detailHeight, alerts: alerts.count)
        var y = top + 1
        func row(_ label: String, _ value: String, style: Style = .normal) {
            guard y < bottom else { return }
            grid.put(DisplayWidth.fit(label, to: 12), x: 1, y: y, style: .muted)
            grid.put(value, x: 14, y: y, style: style, maxWidth: grid.width - 15)
            y += 1
        }
        let dot = " \(symbols.dot) "
        if lines.route {
            let source = [shown.srcCloudType?.rawValue, shown.srcRegion, shown.srcBucket].compactMap { $0 }.joined(separator: dot)
            let destination = [shown.dstRegion, shown.dstBucket, shown.dstStoragePolicy?.rawValue].compactMap { $0 }.joined(separator: dot)
            row("Route", "\(source) \(symbols.arrow) \(destination)")
        }
        if lines.settings {
            var settings = [
                "overwrite \(shown.objectOverwriteMode?.rawValue ?? "–")",
                "check \(shown.consistencyCheck?.rawValue ?? "–")",
                "KMS \(flag(shown.enableKMS))", "metadata \(flag(shown.enableMetadataMigration))",
                "restore \(flag(shown.enableRestore))",
            ]
            if let app = shown.appID, !app.isEmpty { settings.append("app_id \(app)") }
            row("Settings", settings.joined(separator: "   "))
        }
        if lines.about {
            var about: [String] = []
            if let description = shown.description, !description.isEmpty { about.append(description) }
            if let created = shown.createTime { about.append("created \(time.dateTime(created))") }
            if let cdn = task.sourceCDN, let domain = cdn.domain {
                about.append("CDN \(cdn.protocol ?? "https")://\(domain) (\(cdn.authenticationType?.rawValue ?? "NONE"))")
            }
            row("About", about.joined(separator: dot))
        }
        if lines.syncURL, let profile = state.profiles.first(where: { $0.name == key.profile }), let endpoint = profile.endpoint,
            let project = profile.projectID
        {
            row("Sync URL", endpoint.syncEventsURL(projectID: project, taskID: key.id))
        }
        if lines.thisMonth {
            if let monthly = shown.monthly {
                var parts = [
                    "requested \(HumanUnits.grouped(monthly.requested ?? 0))",
                    "succeeded \(HumanUnits.grouped(monthly.succeeded ?? 0))",
                    "failed \(HumanUnits.grouped(monthly.failed ?? 0))",
                    "skipped \(HumanUnits.grouped(monthly.skipped ?? 0))",
                    HumanUnits.bytes(monthly.bytes ?? 0),
                ]
                if let rate = monthly.successRate { parts.append("\(HumanUnits.percent(rate)) ok") }
                row("This month", parts.joined(separator: dot), style: (monthly.failed ?? 0) > 0 ? .normal : .ok)
            } else {
                row("This month", detail?.showInFlight == true || detail == nil ? "loading…" : "–", style: .muted)
            }
        }
        for alert in alerts.prefix(lines.alerts) {
            let since = LocalTime().time(alert.since, withDate: true)
            row("Alert", "\(alert.key.rule.rawValue) since \(since): \(alert.message)",
                style: alert.severity == .critical ? .failure : .warning)
        }
        if lines.gap { y += 1 }
        drawCharts(state, key: key, symbols: symbols, into: &grid, top: y, bottom: bottom)
    }

    private static func flag(_ value: Bool?) -> String { value.map { $0 ? "on" : "off" } ?? "–" }

    /// A series' figures from the longest form to the shortest.
    private static func figureVariants(_ type: StatisticDataType, _ window: SeriesWindow) -> [String] {
        let show: (Int64) -> String = { type == .size ? HumanUnits.bytes($0) : HumanUnits.grouped($0) }
        let (last, low, high, total) = (show(window.last), show(window.minimum), show(window.maximum), show(window.total))
        return [
            "last \(last)  min \(low)  max \(high)  total \(total)", "last \(last)  max \(high)  total \(total)",
            "last \(last)  max \(high)", "last \(last)",
        ]
    }

    private static func drawCharts(
        _ state: AppState, key: TaskKey, symbols: Symbols, into grid: inout Grid, top: Int, bottom: Int
    ) {
        let detail = state.details[key]
        let types = StatisticDataType.documented
        guard top < bottom else { return }
        guard detail?.statisticsWindow == state.window, detail?.statistics != nil else {
            let waiting = detail?.statisticsInFlight == true || detail?.statisticsAt == nil
            grid.put(waiting ? "statistics for \(state.window.label) loading…" : "no statistics for \(state.window.label)", x: 1, y: top, style: .muted)
            return
        }
        let series = types.compactMap { type in detail?.series(type, window: state.window).map { (type, $0) } }
        // The charts take at least half the width; the figures beside them shorten to fit the rest.
        let rateWidth = 12
        let variants = series.map { type, window in figureVariants(type, window) }
        let longest = variants.compactMap { $0.first.map { DisplayWidth.of($0) } }.max() ?? 0
        let chartWidth = max(grid.width / 2, grid.width - 11 - (longest + 2) - rateWidth - 1)
        let figuresWidth = max(0, grid.width - 11 - chartWidth - rateWidth - 1)
        let figures = variants.map { forms in forms.first { DisplayWidth.of($0) + 1 <= figuresWidth } ?? "" }
        let sparkline = Sparkline(unicode: state.unicode)
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
            let time = LocalTime()
            let withDate = state.window >= .oneDay
            let left = time.time(series.start, withDate: withDate)
            let right = time.time(series.end, withDate: withDate)
            let bucket = series.step >= 3_600_000 ? "1-hour" : "5-minute"
            grid.put(left, x: 10, y: y, style: .muted)
            let rightX = 10 + min(chartWidth, series.values.count) - DisplayWidth.of(right)
            if rightX > 10 + DisplayWidth.of(left) { grid.put(right, x: rightX, y: y, style: .muted) }
            grid.put("window \(state.window.label) \(symbols.dot) \(bucket) buckets", x: 11 + chartWidth, y: y, style: .muted)
        }
    }
}
