import ArgumentParser
import FoundationEssentials
import OMSCore

/// The `omsdash` command: the dashboard by default, and one-shot subcommands.
@main
struct OMSDash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omsdash",
        abstract: "A terminal dashboard and command line for Huawei Cloud OMS synchronization tasks.",
        discussion: """
            Run without a subcommand to open the dashboard; `omsdash --demo` opens it on a built-in \
            simulator, no cloud account needed.

            Exit codes: 0 success, 1 the API or the network failed, 2 usage or configuration error.
            """,
        version: VersionText.current,
        subcommands: [
            DashboardCommand.self, SnapshotCommand.self, ListCommand.self, ProfilesCommand.self, ShowCommand.self, StatsCommand.self,
            StartCommand.self, StopCommand.self, CreateCommand.self, DeleteCommand.self, SyncObjectsCommand.self,
            FailedCommand.self,
            WatchCommand.self,
            ExporterCommand.self,
            KeysCommand.self,
            SimulatorCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Parses and runs a command; a usage error is one line on stderr and exit code 2, as documented.
    static func main() async {
        // Where /proc is not mounted (a bare chroot), a statically linked Swift runtime cannot read
        // its arguments and sees none, not even its own name: acting on no arguments would open
        // the dashboard, whatever was typed.
        guard !CommandLine.arguments.isEmpty else { CommandFailure.usage(Wording(.failureArgumentsUnreadable)).exit() }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) }
            let message = self.message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
            CommandFailure.usage(Wording(.failureSeeHelp, ["message": message])).exit()
        }
    }
}
