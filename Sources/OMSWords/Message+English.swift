extension Message {
    /// English: the source every other table translates.
    /// One table a face, in `Dashboard/`, `Watching/`, `Commands/` and `Errors/`.
    public static let english: [Message: String] = merged(englishDashboard, englishWatching, englishCommands, englishErrors)
}
