/// The keys that start tasks: per task id, a "*" default, then OMSDASH_SRC_AK, OMSDASH_SRC_SK,
/// OMSDASH_DST_AK and OMSDASH_DST_SK from the environment.
public struct TaskCredentialStore: Sendable {
    private let entries: [String: ConfigFile.TaskCredentialEntry]
    private let environment: [String: String]

    public init(entries: [String: ConfigFile.TaskCredentialEntry], environment: [String: String] = [:]) {
        self.entries = entries
        self.environment = environment
    }

    /// The task ids with entries of their own, and "*" when a default exists.
    var entryIDs: [String] { Array(entries.keys) }

    /// Whether OMSDASH_SRC_AK, OMSDASH_SRC_SK, OMSDASH_DST_AK and OMSDASH_DST_SK are all set.
    var hasEnvironmentKeys: Bool {
        ["OMSDASH_SRC_AK", "OMSDASH_SRC_SK", "OMSDASH_DST_AK", "OMSDASH_DST_SK"].allSatisfy { environment[$0]?.isEmpty == false }
    }

    /// The start request body for a task, or nil when no keys are configured for it.
    public func startRequest(for taskID: String) throws(ConfigurationError) -> StartSyncTaskRequest? {
        if let entry = entries[taskID] ?? entries["*"] {
            let field = "task_credentials[\(entries[taskID] == nil ? "*" : taskID)]"
            return StartSyncTaskRequest(
                srcAK: try entry.srcAK.resolve(in: environment, field: field + ".src_ak").reveal(),
                srcSK: try entry.srcSK.resolve(in: environment, field: field + ".src_sk"),
                dstAK: try entry.dstAK.resolve(in: environment, field: field + ".dst_ak").reveal(),
                dstSK: try entry.dstSK.resolve(in: environment, field: field + ".dst_sk"))
        }
        guard let srcAK = environment["OMSDASH_SRC_AK"], let srcSK = environment["OMSDASH_SRC_SK"],
            let dstAK = environment["OMSDASH_DST_AK"], let dstSK = environment["OMSDASH_DST_SK"]
        else { return nil }
        return StartSyncTaskRequest(srcAK: srcAK, srcSK: Secret(srcSK), dstAK: dstAK, dstSK: Secret(dstSK))
    }

    /// The default keys ("*", else the OMSDASH_ variables), for tasks not created yet; nil when
    /// there are none.
    public func defaultKeys() throws(ConfigurationError) -> StartSyncTaskRequest? {
        try startRequest(for: "*")
    }
}
