import ArgumentParser
import DashboardCore
import OMSCore

/// The arguments start, stop and delete share: where, which task, and whether to skip the question.
struct TaskChangeOptions: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The sync task id.") var taskID: String
    @Flag(help: "Do not ask for confirmation.") var yes = false
}

/// The shared part of start, stop and delete: find the task, confirm, act once, report.
struct TaskChange {
    /// What the command does to the task.
    enum Verb: String {
        case start, stop, delete

        /// The verb of the question and of the failures.
        var word: Message {
            switch self {
            case .start: .verbStart
            case .stop: .verbStop
            case .delete: .verbDelete
            }
        }

        var pastTense: String {
            switch self {
            case .start: "started"
            case .stop: "stopped"
            case .delete: "deleted"
            }
        }
    }

    let options: TaskChangeOptions
    let verb: Verb

    private var taskID: String { options.taskID }

    func run(_ change: @escaping (OMSClient, Settings) async throws -> Void) async {
        await CommandRunner.run {
            let settings = try await options.connection.settings()
            let profile = try await ClientFactory.profile(holding: taskID, settings: settings)
            try await ClientFactory.withClient(for: profile, settings: settings) { client in
                let task = try await client.showTask(taskID)
                let question = Wording(.confirmTask, ["id": taskID, "route": TaskText.route(task)], parts: ["verb": Wording(verb.word)])
                try Confirmation.require(question, yes: options.yes, action: verb.word)
                try await change(client, settings)
                Console.line("\(verb.pastTense) \(taskID)")
            }
        }
    }
}
