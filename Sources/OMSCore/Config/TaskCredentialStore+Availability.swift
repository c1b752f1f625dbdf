extension TaskCredentialStore {
    /// Which task ids have start keys, and whether a default covers all (no secret leaves the store).
    public var coveredTaskIDs: (ids: Set<String>, all: Bool) {
        (Set(entryIDs.filter { $0 != "*" }), entryIDs.contains("*") || hasEnvironmentKeys)
    }
}
