/// The config's reloads so far (SIGHUP, `POST /-/reload`), as the exporter's metrics say them,
/// under the names Prometheus gives its own: whether the last one read, when the config last read
/// whole, and how many of each there were.
public struct ReloadHistory: Sendable, Equatable {
    /// Whether the last reload read the config whole (true before any).
    public private(set) var lastSuccessful = true
    /// When the config last read whole, in ms: at the start, then at each good reload.
    public private(set) var lastSuccessAt: Int64
    public private(set) var successes = 0
    public private(set) var failures = 0

    public init(startedAt: Int64) {
        lastSuccessAt = startedAt
    }

    /// Takes in a reload's outcome.
    public mutating func record(success: Bool, now: Int64) {
        lastSuccessful = success
        if success {
            successes += 1
            lastSuccessAt = now
        } else {
            failures += 1
        }
    }

    func render(into out: inout PrometheusText) {
        out.family(
            "oms_exporter_config_last_reload_successful", .gauge,
            help: "1 if the last reload read the config whole (or none was asked), 0 if it was refused and the one before runs on.")
        out.sample("oms_exporter_config_last_reload_successful", [:], lastSuccessful ? 1 : 0)
        out.family(
            "oms_exporter_config_last_reload_success_timestamp_seconds", .gauge,
            help: "When the config last read whole (the start, or a reload), in seconds since 1970.")
        out.sample("oms_exporter_config_last_reload_success_timestamp_seconds", [:], lastSuccessAt / 1000)
        out.family("oms_exporter_config_reloads_total", .counter, help: "Reloads asked for (SIGHUP, POST /-/reload), by result.")
        out.sample("oms_exporter_config_reloads_total", ["result": "success"], Int64(successes))
        out.sample("oms_exporter_config_reloads_total", ["result": "failure"], Int64(failures))
    }
}
