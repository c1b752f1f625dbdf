import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import MonitorCore
import MonitorRuntime
import OMSCore

/// `omsdash watch`: the alert rules without a screen, one line per event.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Print alert events as they happen, without a screen: for tmux panes, systemd units and cron.",
        discussion: """
            Polls like the dashboard (same request budget, same rules, the `alerts` settings of the config) and \
            prints one line per event: when an alert fires and when it resolves. Runs `alerts.command` for each \
            event. Ends cleanly on Ctrl-C or SIGTERM. SIGHUP reads the config again and applies it at once \
            (profiles added and removed, new rules and command), the profiles named as before keeping \
            their tasks and alerts; a config that does not read is one line on stderr, and the last good \
            one runs on.

            --once polls once and prints the alerts firing now, from the rules that need no history \
            (failure_burst, silent_source, api_unhealthy); it runs no command.

            Exit codes: 0 ended by a signal, or --once found nothing at warning or above; 3 --once found an \
            alert at warning or above; 2 bad usage or configuration.

            Examples:
              omsdash watch --format json >> /var/log/omsdash-events.jsonl
              omsdash watch --once || notify-send "OMS sync tasks need attention"
              omsdash watch --demo
            """
    )

    /// How events are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var polling: PollingOptions
    @Option(help: "text: one aligned line per event; json: one JSON object per line.") var format: Format = .text
    @Flag(help: "Poll once, print the alerts firing now, exit 3 if any is at warning or above.") var once = false
    @Flag(help: "Watch the built-in simulator, with its scripted incidents.") var demo = false
    @OptionGroup(title: "Demo world") var world: SimulatorWorldOptions

    func run() async {
        await CommandRunner.run {
            let words = try connection.language.chosen(configPath: connection.config)
            let setup = try await MonitorSetup.make(
                face: "watch", demo: demo, world: world, connection: connection, polling: polling.values,
                retries: once, adjust: { alerts in if once { alerts.unhealthyMilliseconds = 0 } })
            let found = await WatchRunner(setup: setup, format: format, once: once, language: words).run()
            await setup.shutdown()
            if once && found { Glibc.exit(3) }
        }
    }
}
