/// Runs a command body, turning any failure into its one-line message and exit code.
enum CommandRunner {
    static func run(_ body: () async throws -> Void) async {
        do {
            try await body()
        } catch {
            CommandFailure.from(error).exit()
        }
    }
}
