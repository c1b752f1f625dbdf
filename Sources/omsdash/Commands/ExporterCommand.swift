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

            SIGHUP reads the config (and the web config) again and applies it at once: new profiles are \
            watched, removed ones leave with their series, and the others keep their counters, alerts and \
            credentials. A config that does not read is one line on stderr, and the last good one runs on; \
            oms_exporter_config_last_reload_successful says which. With --web.enable-lifecycle, POST /-/reload \
            does the same and answers 200, or 500 with the line.

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
    @Flag(name: .customLong("web.enable-lifecycle"), help: "Read the config again on POST /-/reload, as on SIGHUP.")
    var enableLifecycle = false
    @Option(help: "Seconds after which /-/ready answers 200 even while some profile has not loaded.")
    var readyTimeout = Readiness.defaultTimeoutSeconds
    @Flag(help: "Serve the built-in simulator's tasks, with its scripted incidents.") var demo = false
    @OptionGroup(title: "Demo world") var world: SimulatorWorldOptions

    func validate() throws {
        if readyTimeout < 0 { throw ValidationError(.optionReadyTimeout) }
    }

    /// Reloads of the config and the web config at `file`, together or not at all (a web config
    /// is checked before the config is read); `done` is told whether each read.
    private static func reloads(
        of setup: MonitorSetup, web: ServedWebConfig, file: String?, done: @escaping @Sendable (Bool) -> Void
    ) -> ReloadQueue<Wording> {
        ReloadQueue.saying(
            {
                let changed = try file.map(WebConfigFile.read)
                if let changed { try web.check(changed) }
                let said = try await setup.reload()
                if let changed { web.replace(with: changed) }
                return said
            },
            done: { outcome in
                if case .success = outcome { done(true) } else { done(false) }
            })
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
            let reloads = Mutex(ReloadHistory(startedAt: WallClock.milliseconds))
            let loop = setup.loop
            let served = ServedWebConfig(web)
            let reloading = Self.reloads(of: setup, web: served, file: webConfigFile) { success in
                reloads.withLock { $0.record(success: success, now: WallClock.milliseconds) }
            }
            let routes = ExporterRoutes(
                metrics: {
                    let monitor = loop.monitor
                    let requests = tally.withLock { tally in
                        tally.keep(profiles: monitor.watches.keys)
                        return tally
                    }
                    let credentials = setup.organizations.profiles.map { ($0.name, $0.credentials.status) }
                    let ready = readiness.withLock { $0.check(monitor, now: WallClock.milliseconds).ready }
                    let history = reloads.withLock { $0 }
                    return page.withLock {
                        $0.render(monitor, requests: requests, credentials: credentials, shard: shard, ready: ready, reloads: history)
                    }
                },
                home: { ExporterHome.page(loop.monitor) },
                readiness: {
                    let monitor = loop.monitor
                    return readiness.withLock { $0.check(monitor, now: WallClock.milliseconds) }
                },
                reload: enableLifecycle ? reloading.run : nil)
            let server: MetricsServer
            do {
                server = try await MetricsServer.start(host: listen.host, port: listen.port, routes: routes, web: served)
            } catch {
                reloading.stop()
                await setup.shutdown()
                throw CommandFailure.usage(
                    Wording(.failureCannotListen, ["address": "\(listen)"], parts: ["reason": ListenFailure.reason(error)]))
            }
            Console.error("omsdash: serving metrics at \(server.url)")
            StopSignals.install()
            let hangUps = reloading.followHangUps(until: { StopSignals.isRaised })
            await loop.run(
                interest: Interest(face: .everyTaskCounters), shouldStop: { _ in StopSignals.isRaised },
                onAnswer: { answer in tally.withLock { $0.count(answer) } }, onChange: { _, _ in })
            hangUps.cancel()
            reloading.stop()
            await server.stop()
            await setup.shutdown()
        }
    }
}
