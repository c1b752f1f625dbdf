extension Message {
    /// English: the source every other table translates.
    /// One table a face, in `Dashboard/`, `Watching/`, `Commands/`, `Errors/` and `Storage/`.
    public static let english: [Message: String] = merged(englishDashboard, englishWatching, englishCommands, englishErrors, englishStorage)
}
