import ArgumentParser
import ExporterCore
import MonitorCore
import MonitorRuntime
import OMSCore
import Synchronization

/// `omsdash exporter`: sync-task metrics for Prometheus.
struct ExporterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exporter",
        abstract: "Serve sync-task metrics for Prometheus at /metrics.",
        discussion: """
            Polls like the dashboard, within the same request budget, and serves the latest answers: a scrape \
            never calls the API, so any number of Prometheus servers cost the account nothing more. Metrics: \
            oms_sync_task_info, oms_sync_task_synchronizing, this month's counters (oms_sync_task_requests_total, \
            …_success_objects_total, …_failure_objects_total, …_skip_objects_total, …_success_bytes_total), \
            oms_sync_task_last_update_timestamp_seconds, oms_sync_task_alert, and per profile oms_exporter_up, \
            oms_exporter_api_requests_total, oms_exporter_last_list_timestamp_seconds; and oms_exporter_ready, \
            oms_exporter_shard_info and oms_exporter_total_shards.

            --web.config.file takes the web config node_exporter and Prometheus take (exporter-toolkit's \
            format): tls_server_config (cert_file, key_file, client_auth_type, client_ca_file, min_version, \
            max_version), basic_auth_users (bcrypt hashes, as htpasswd -nBC 10 makes them) and \
            http_server_config.headers. With users, every path asks for a password but /-/healthy and /-/ready.

            /-/healthy answers 200 while the process serves. /-/ready answers 200 once every profile that can \
            load has listed all its tasks (profiles whose credentials were refused left out), or once \
            --ready-timeout has passed, and 503 before.

            With --total-shards N, N exporters share the profiles: each watches those whose name's FNV-1a hash, \
            mod N, is its --shard, so every profile is watched by exactly one, on every machine and every run. \
            --shard auto takes the number a StatefulSet pod's name ends in.

            Exit codes: 0 ended by Ctrl-C or SIGTERM; 2 bad usage or configuration, or the address is in use.

            Examples:
              omsdash exporter --listen 127.0.0.1:9464
              omsdash exporter --demo
              omsdash exporter --listen :9464 --shard auto --total-shards 3
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var polling: PollingOptions
    @Option(help: "Address to serve on, HOST:PORT.") var listen = ListenAddress.defaultValue
    @OptionGroup(title: "Shards") var shards: ShardOptions
    @Option(name: .customLong("web.config.file"), help: ArgumentHelp("TLS, basic auth and headers, as node_exporter's (YAML).", valueName: "file"))
    var webConfigFile: String?
    @Option(help: "Seconds after which /-/ready answers 200 even while some profile has not loaded.")
    var readyTimeout = Readiness.defaultTimeoutSeconds
    @Flag(help: "Serve the built-in simulator's tasks, with its scripted incidents.") var demo = false
    @OptionGroup(title: "Demo world") var world: SimulatorWorldOptions

    func validate() throws {
        if readyTimeout < 0 { throw ValidationError(.optionReadyTimeout) }
    }

    func run() async {
        await CommandRunner.run {
            let shard = try shards.value()
            let web = try webConfigFile.map(WebConfigFile.read) ?? .none
            let readiness = Mutex(Readiness(startedAt: WallClock.milliseconds, timeoutSeconds: readyTimeout))
            let setup = try await MonitorSetup.make(
                face: "exporter", demo: demo, world: world, connection: connection, polling: polling.values, watches: shard.owns)
            let tally = Mutex(RequestTally())
            let page = Mutex(MetricsPage())
            let loop = setup.loop
            let organizations = setup.organizations
            let routes = ExporterRoutes(
                metrics: {
                    let monitor = loop.monitor
                    let requests = tally.withLock { tally in
                        tally.keep(profiles: monitor.watches.keys)
                        return tally
                    }
                    let credentials = organizations.profiles.map { ($0.name, $0.credentials.status) }
                    let ready = readiness.withLock { $0.check(monitor, now: WallClock.milliseconds).ready }
                    return page.withLock { $0.render(monitor, requests: requests, credentials: credentials, shard: shard, ready: ready) }
                },
                home: { ExporterHome.page(loop.monitor) },
                readiness: {
                    let monitor = loop.monitor
                    return readiness.withLock { $0.check(monitor, now: WallClock.milliseconds) }
                })
            let server: MetricsServer
            do {
                server = try await MetricsServer.start(host: listen.host, port: listen.port, routes: routes, web: web)
            } catch {
                await setup.shutdown()
                throw CommandFailure.usage(
                    Wording(.failureCannotListen, ["address": "\(listen)"], parts: ["reason": ListenFailure.reason(error)]))
            }
            Console.error("omsdash: serving metrics at \(server.url)")
            StopSignals.install()
            await loop.run(
                interest: Interest(face: .everyTaskCounters), shouldStop: { _ in StopSignals.isRaised },
                onAnswer: { answer in tally.withLock { $0.count(answer) } }, onChange: { _, _ in })
            await server.stop()
            await setup.shutdown()
        }
    }
}
