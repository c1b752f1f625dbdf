import ArgumentParser
import DashboardCore
import OMSCore

/// The shared part of start, stop and delete: find the task, confirm, act once, report.
struct TaskChange {
    let connection: ConnectionOptions
    let taskID: String
    let yes: Bool
    /// The verb, e.g. "stop".
    let verb: String

    func run(_ change: @escaping (OMSClient, SyncTask, Settings) async throws -> Void) async {
        await CommandRunner.run {
            let settings = try connection.settings()
            let profile = try await ClientFactory.profile(holding: taskID, settings: settings)
            try await ClientFactory.withClient(for: profile, settings: settings) { client in
                let task = try await client.showTask(taskID)
                try Confirmation.require(
                    "\(verb.capitalized) task \(taskID) (\(TaskText.route(task)))?", yes: yes, action: verb)
                try await change(client, task, settings)
                Console.line("\(verb == "stop" ? "stopped" : verb == "start" ? "started" : "deleted") \(taskID)")
            }
        }
    }
}
