extension Message {
    /// English: the source every other table translates.
    /// One table a face, in `Dashboard/`, `Watching/`, `Commands/`, `Errors/`, `Storage/` and `Web/`.
    public static let english: [Message: String] = merged(englishDashboard, englishWatching, englishCommands, englishErrors, englishStorage, englishWeb)
}
