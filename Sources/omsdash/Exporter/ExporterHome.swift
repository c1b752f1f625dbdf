import MonitorCore

/// The short page at `/`: what this is and where the metrics are.
enum ExporterHome {
    static func page(_ monitor: Monitor) -> String {
        let profiles = monitor.profiles.map { "\($0.name) (\($0.region))" }.joined(separator: ", ")
        return """
            <!doctype html>
            <html><head><title>omsdash exporter</title></head><body>
            <h1>omsdash exporter</h1>
            <p>Huawei Cloud OMS sync-task metrics for Prometheus: \(monitor.taskCount) tasks in \(escape(profiles)).</p>
            <p><a href="/metrics">/metrics</a> · <a href="/-/healthy">/-/healthy</a> · <a href="/-/ready">/-/ready</a></p>
            </body></html>

            """
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }
}
