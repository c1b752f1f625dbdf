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
            oms_exporter_api_requests_total, oms_exporter_last_list_timestamp_seconds.

            Exit codes: 0 ended by Ctrl-C or SIGTERM; 2 bad usage or configuration, or the address is in use.

            Examples:
              omsdash exporter --listen 127.0.0.1:9464
              omsdash exporter --demo
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var polling: PollingOptions
    @Option(help: "Address to serve on, HOST:PORT.") var listen = ListenAddress.defaultValue
    @Flag(help: "Serve the built-in simulator's tasks, with its scripted incidents.") var demo = false
    @OptionGroup(title: "Demo world") var world: SimulatorWorldOptions

    func run() async {
        await CommandRunner.run {
            let setup = try await MonitorSetup.make(face: "exporter", demo: demo, world: world, connection: connection, polling: polling.values)
            let tally = Mutex(RequestTally())
            let page = Mutex(MetricsPage())
            let loop = setup.loop
            let organizations = setup.organizations
            let server: MetricsServer
            do {
                server = try await MetricsServer.start(
                    host: listen.host, port: listen.port,
                    metrics: {
                        let (monitor, requests) = (loop.monitor, tally.withLock { $0 })
                        let credentials = organizations.profiles.map { ($0.name, $0.credentials.status) }
                        return page.withLock { $0.render(monitor, requests: requests, credentials: credentials) }
                    },
                    home: { ExporterHome.page(loop.monitor) })
            } catch {
                await setup.shutdown()
                throw CommandFailure.usage(
                    Wording(.failureCannotListen, ["address": "\(listen)"], parts: ["reason": ListenFailure.reason(error)]))
            }
            Console.error("omsdash: serving metrics at http://\(server.address)/metrics")
            StopSignals.install()
            await loop.run(
                interest: Interest(countersOfEveryTask: true), shouldStop: { _ in StopSignals.isRaised },
                onAnswer: { answer in tally.withLock { $0.count(answer) } }, onChange: { _, _ in })
            await server.stop()
            await setup.shutdown()
        }
    }
}
