import OMSCore

/// Opens a task's object lists for a command: finds the profile holding the task, shows the task
/// for its destination bucket and region, and reads the bucket with the profile's credential.
enum TaskListAccess {
    /// Runs `body` with a reader of the task's lists of `kind`; the clients are shut down after.
    static func withReader<T>(
        taskID: String, kind: ObjectListKind, settings: Settings, _ body: (ObjectListReader) async throws -> T
    ) async throws -> T {
        let profile = try await ClientFactory.profile(holding: taskID, settings: settings)
        return try await ClientFactory.withClient(for: profile, settings: settings) { client in
            let task = try await client.showTask(taskID)
            let lists = try TaskObjectLists(task: task, profile: profile)
            let storage = lists.client(
                profile: profile, connectTimeout: settings.connectTimeout, requestTimeout: settings.requestTimeout)
            do {
                let result = try await body(lists.reader(kind, client: storage))
                await storage.shutdown()
                return result
            } catch {
                await storage.shutdown()
                throw error
            }
        }
    }
}
