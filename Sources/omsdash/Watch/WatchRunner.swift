import MonitorCore
import MonitorRuntime
import OMSCore

/// Runs `omsdash watch` over a monitor setup: prints each event as it comes and hands it to the
/// hook, reading the config again on SIGHUP, until SIGINT or SIGTERM; or, `--once`, prints the
/// alerts firing after one look.
struct WatchRunner {
    let setup: MonitorSetup
    let format: WatchCommand.Format
    let once: Bool
    /// The language of the text lines (JSON stays English).
    let language: Language

    /// Runs; returns whether an alert at warning or above is firing at the end.
    func run() async -> Bool {
        StopSignals.install()
        let setup = self.setup
        let reloading = once ? nil : ReloadQueue.saying { try await setup.reload() }
        let hangUps = reloading?.followHangUps(until: { StopSignals.isRaised })
        defer {
            hangUps?.cancel()
            reloading?.stop()
        }
        let format = self.format, once = self.once, language = self.language
        let announced = AnnouncedOnce()
        await setup.loop.run(
            interest: Interest(face: once ? .checkOnce : .screen),
            shouldStop: { monitor in StopSignals.isRaised || (once && monitor.hasLookedOnce) },
            onChange: { change, monitor in
                if !once, monitor.watches.values.allSatisfy(\.hasLoaded), announced.claim() {
                    Console.error("omsdash: \(Self.started(tasks: monitor.taskCount, profiles: monitor.profiles.map(\.name)).text(language))")
                }
                guard !once, !change.events.isEmpty else { return }
                let hook = setup.settings.alerts.command.map { EventHook(argv: $0) }
                for event in change.events {
                    Console.line(Self.line(event, format, language: language))
                    hook?.run(event) { failure in
                        if let failure { Console.error("omsdash: \(failure.wording.text(FailureLanguage.current))") }
                    }
                }
            })
        let monitor = setup.loop.monitor
        if once {
            for alert in monitor.alerts.firing(atLeast: .info) {
                let event = AlertEvent(
                    time: alert.since, rule: alert.key.rule, state: .firing, severity: alert.severity,
                    profile: alert.key.profile, taskID: alert.key.taskID, wording: alert.wording)
                Console.line(Self.line(event, format, language: language))
            }
        }
        return !monitor.alerts.firing(atLeast: .warning).isEmpty
    }

    /// The line `watch` starts with: the tasks and the profiles, named up to `named` of them (an
    /// organization's hundreds of profiles would make a line of kilobytes).
    static func started(tasks: Int, profiles: [String], named: Int = 5) -> Wording {
        let names = profiles.prefix(named).joined(separator: ", ")
        guard profiles.count > named else { return Wording(.watchStarted, ["tasks": String(tasks), "names": names]) }
        return Wording(.watchStartedMany, [
            "tasks": String(tasks), "profiles": String(profiles.count), "names": names, "more": String(profiles.count - named),
        ])
    }

    static func line(_ event: AlertEvent, _ format: WatchCommand.Format, language: Language) -> String {
        format == .json ? EventJSON.line(event) : EventJSON.text(event, language: language)
    }
}
