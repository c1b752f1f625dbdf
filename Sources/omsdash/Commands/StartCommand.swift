import ArgumentParser
import OMSCore

/// `omsdash start TASK_ID`: starts a stopped task with the keys from the config or environment.
struct StartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a stopped sync task.",
        discussion: """
            OMS needs the source and destination keys to start a task. They come from task_credentials \
            in the config (by task id, else "*"), else OMSDASH_SRC_AK, OMSDASH_SRC_SK, OMSDASH_DST_AK and \
            OMSDASH_DST_SK. Asks for confirmation on a terminal; --yes skips it.

            Example:
              omsdash start d18befdd-eb82-41f3-8019-bbb593d74a3e --yes
            """
    )

    @OptionGroup var target: TaskChangeOptions

    func run() async {
        await TaskChange(options: target, verb: .start).run { client, settings in
            guard let keys = try settings.taskCredentials.startRequest(for: target.taskID) else {
                throw CommandFailure.usage(Wording(.failureNoStartKeys, ["id": target.taskID]))
            }
            try await client.startTask(target.taskID, credentials: keys)
        }
    }
}

/// `omsdash stop TASK_ID`: stops a synchronizing task.
struct StopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop",
        abstract: "Stop a synchronizing sync task.",
        discussion: """
            Asks for confirmation on a terminal; --yes skips it.

            Example:
              omsdash stop d18befdd-eb82-41f3-8019-bbb593d74a3e --yes
            """
    )

    @OptionGroup var target: TaskChangeOptions

    func run() async {
        await TaskChange(options: target, verb: .stop).run { client, _ in
            try await client.stopTask(target.taskID)
        }
    }
}

/// `omsdash delete TASK_ID`: deletes a stopped task.
struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a stopped sync task.",
        discussion: """
            OMS deletes only stopped tasks: stop it first. Asks for confirmation on a terminal; --yes skips it.

            Example:
              omsdash delete d18befdd-eb82-41f3-8019-bbb593d74a3e --yes
            """
    )

    @OptionGroup var target: TaskChangeOptions

    func run() async {
        await TaskChange(options: target, verb: .delete).run { client, _ in
            try await client.deleteTask(target.taskID)
        }
    }
}
