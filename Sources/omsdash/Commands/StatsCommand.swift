import ArgumentParser
import DashboardCore
import FoundationEssentials
import MonitorCore
import MonitorRuntime
import OMSCore

/// `omsdash stats TASK_ID`: the statistics series of one task over a window.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show the REQUEST, SUCCESS, FAILURE, SKIP and SIZE series of one sync task.",
        discussion: """
            The window is --window (1h, 6h, 24h, 7d, 30d, or any Nm/Nh/Nd) ending now, or --from/--to, \
            each as milliseconds since 1970, "2026-11-20T08:00" or "2026-11-20 08:00" (local time).

            Examples:
              omsdash stats d18befdd-eb82-41f3-8019-bbb593d74a3e --window 24h
              omsdash stats d18befdd-eb82-41f3-8019-bbb593d74a3e --types FAILURE --format csv
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The sync task id.") var taskID: String
    @Option(help: "Comma-separated series: REQUEST,SUCCESS,FAILURE,SKIP,SIZE.") var types = "REQUEST,SUCCESS,FAILURE,SKIP,SIZE"
    @Option(help: "Window ending now: 1h, 6h, 24h, 7d, 30d.") var window: String?
    @Option(help: "Window start (ms, or local date and time).") var from: String?
    @Option(help: "Window end (ms, or local date and time; default now).") var to: String?
    @Option(help: "Output: table, json or csv.") var format: OutputFormat = .table

    var dataTypes: [StatisticDataType] {
        types.split(separator: ",").map { StatisticDataType(rawValue: $0.filter { !$0.isWhitespace }.uppercased()) }
    }

    func validate() throws {
        guard !dataTypes.isEmpty, dataTypes.allSatisfy(\.isDocumented) else {
            throw ValidationError(.optionTypes)
        }
        if window != nil && from != nil { throw ValidationError(.optionWindowOrFrom) }
        if let window, TimeArgument.seconds(ofWindow: window) == nil {
            throw ValidationError(.optionWindowSpan)
        }
    }

    func run() async {
        await CommandRunner.run {
            let now = WallClock.milliseconds
            let end = try to.map { try TimeArgument.milliseconds($0, option: "--to") } ?? now
            let start: Int64
            if let from {
                start = try TimeArgument.milliseconds(from, option: "--from")
            } else {
                start = end - Int64((TimeArgument.seconds(ofWindow: window ?? "6h") ?? 21_600) * 1000)
            }
            guard start < end else { throw CommandFailure.usage(Wording(.failureWindowOrder)) }
            let settings = try await connection.settings()
            let profile = try await ClientFactory.profile(holding: taskID, settings: settings)
            let stats = try await ClientFactory.withClient(for: profile, settings: settings) {
                try await $0.statistics(taskID: taskID, types: dataTypes, start: start, end: end)
            }
            Console.line(try render(stats, start: start, end: end))
        }
    }

    private func render(_ stats: TaskStatistics, start: Int64, end: Int64) throws -> String {
        let step = stats.timeType?.milliseconds ?? 300_000
        switch format {
        case .json:
            return try JSONOutput.string(stats)
        case .csv:
            let windows = dataTypes.map { SeriesWindow(points: stats[$0]?.points ?? [], start: start, end: end, step: step) }
            var table = TextTable(headers: ["time_stamp"] + dataTypes.map(\.rawValue), rows: [])
            for index in 0..<(windows.first?.values.count ?? 0) {
                let time = (windows.first?.start ?? start) + Int64(index) * step
                table.rows.append([String(time)] + windows.map { String($0.values[index]) })
            }
            return table.renderCSV()
        case .table:
            let time = LocalTime.system
            let spark = Sparkline(unicode: TerminalCapabilities.isUTF8)
            var table = TextTable(headers: ["SERIES", "CHART", "TOTAL", "MIN", "MAX", "LAST"], rows: [], rightAligned: [2, 3, 4, 5])
            for type in dataTypes {
                let series = SeriesWindow(points: stats[type]?.points ?? [], start: start, end: end, step: step)
                let show: (Int64) -> String = { type == .size ? HumanUnits.bytes($0) : HumanUnits.grouped($0) }
                table.rows.append([
                    type.rawValue, spark.render(series.values, width: 48), show(series.total), show(series.minimum),
                    show(series.maximum), show(series.last),
                ])
            }
            let bucket = stats.timeType == .oneHour ? "1-hour" : "5-minute"
            let span = "\(time.dateTime(start)) → \(time.dateTime(end)) · \(bucket) buckets"
            return "\(TaskText.shortID(taskID))  \(span)\n" + table.renderTable()
        }
    }
}
