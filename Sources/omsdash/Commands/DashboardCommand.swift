import ArgumentParser
import DashboardCore
import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif
import OMSCore
import TerminalUI

/// `omsdash` / `omsdash dashboard`: the live dashboard.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Watch sync tasks live; start, stop, create, clone and delete them from the keyboard (the default command).",
        discussion: """
            `omsdash keys` prints every key and what it does; ? shows them in the dashboard. The config's \
            "keys" remaps them ("keys": {"quit": "Q", "stop_task": ["x", "<c-x>"], "help": "none"}), its \
            "theme" and "colors" change the colours. The mouse: a click \
            selects a row, focuses the detail pane or presses a dialog's button; the wheel scrolls. With the \
            mouse on, most terminals select text with Shift held; --no-mouse (or "mouse": false in the config) \
            leaves the mouse to the terminal.

            Examples:
              omsdash --demo
              omsdash --profile beijing --refresh 10 --readonly
              omsdash --theme light
              omsdash --lang zh-CN
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Flag(help: "Run on a built-in simulator: no cloud account needed.") var demo = false
    @Flag(help: "Watch only: start, stop, create, clone, delete and sync are not bound.") var readonly = false
    @Flag(help: "Leave the mouse to the terminal (its own text selection); config: \"mouse\": false.") var noMouse = false
    @Option(
        help: "Colours: dark (the default), light, high-contrast or mono; config: \"theme\". NO_COLOR means mono.",
        completion: .list(Theme.Name.allCases.map(\.rawValue)))
    var theme: String?
    @OptionGroup var polling: PollingOptions
    @OptionGroup(title: "Demo world") var world: SimulatorWorldOptions

    func run() async {
        await CommandRunner.run {
            guard isatty(0) == 1, isatty(1) == 1 else {
                throw CommandFailure.usage(Wording(.failureNeedsTerminal))
            }
            guard Terminal.describesTerminalType else {
                let term = getenv("TERM").map { String(cString: $0) } ?? ""
                throw CommandFailure.usage(Wording(.failureUnknownTerminal, ["term": term]))
            }
            let session = try await DashboardSetup.session(
                demo: demo, world: world, connection: connection, polling: polling.values, readOnly: readonly,
                unicode: TerminalCapabilities.isUTF8, theme: theme, language: connection.language.lang)
            await TerminalLoop(session: session, mouse: session.mouse && !noMouse).runOnOwnThread()
            await session.shutdown()
        }
    }
}

/// `omsdash snapshot`: one frame of the dashboard as plain text.
struct SnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print one frame of the dashboard as plain text, after the first data arrived.",
        discussion: """
            For READMEs, bug reports and tests.

            Example:
              omsdash snapshot --demo --width 140 --height 40
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Flag(help: "Use the built-in simulator.") var demo = false
    @Option(help: "Columns of the frame.") var width = 140
    @Option(help: "Rows of the frame.") var height = 40
    @OptionGroup(title: "Demo world") var world: SimulatorWorldOptions

    func validate() throws {
        guard width >= Layout.minimumWidth, height >= Layout.minimumHeight else {
            throw ValidationError(
                .failureFrameTooSmall, ["width": String(Layout.minimumWidth), "height": String(Layout.minimumHeight)])
        }
    }

    func run() async {
        await CommandRunner.run {
            let session = try await DashboardSetup.session(
                demo: demo, world: world, connection: connection, polling: PollingValues(), readOnly: false,
                unicode: TerminalCapabilities.isUTF8, language: connection.language.lang)
            do {
                Console.line(try await SnapshotRenderer(session: session).render(width: width, height: height))
                await session.shutdown()
            } catch {
                await session.shutdown()
                throw error
            }
        }
    }
}

/// Builds the session for the dashboard and the snapshot, demo or real.
enum DashboardSetup {
    static func session(
        demo: Bool, world: SimulatorWorldOptions, connection: ConnectionOptions, polling: PollingValues,
        readOnly: Bool, unicode: Bool, theme: String? = nil, language: String? = nil
    ) async throws -> DashboardSession {
        let (settings, simulator) = try await RunSettings.load(
            demo: demo, world: world, connection: connection, polling: polling, face: "dashboard")
        do {
            let screen = try ScreenSetup(settings.screen, theme: theme, language: language, unicode: unicode)
            let reading = demo ? nil : LiveConfig.Reading(face: "dashboard", connection: connection, polling: polling)
            return try await DashboardSession.make(
                settings: settings, screen: screen, readOnly: readOnly, unicode: unicode, simulator: simulator, reading: reading)
        } catch {
            await simulator?.stop()
            throw error
        }
    }
}
