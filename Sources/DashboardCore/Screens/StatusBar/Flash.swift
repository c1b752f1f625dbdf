import OMSCore

/// A short result in the status bar that goes by itself after a few seconds, so that no key is
/// spent dismissing it (a start or stop OMS accepted, the config read again). Kept as what
/// happened; the status bar words it.
public struct Flash: Sendable, Equatable {
    /// What happened.
    public enum Kind: Sendable, Equatable {
        /// A start, stop or delete of the task with this id.
        case accepted(ConfirmDialog.Command, taskID: String)
        /// This many object names sent to the task with this id.
        case sentNames(Int, taskID: String)
        /// A task created with this id.
        case created(taskID: String)
        /// The config read again, and what it changed.
        case configRead(Wording)
    }

    public var kind: Kind
    /// Until when it shows, in ms since 1970.
    public var until: Int64

    /// How long a flash shows.
    public static let milliseconds: Int64 = 5_000

    public init(_ kind: Kind, until: Int64) {
        self.kind = kind
        self.until = until
    }

    /// "✓ Stopped 4917…796: OMS accepted the request", in `language`.
    func text(language: Language, symbols: Symbols) -> String {
        let words: String
        switch kind {
        case .accepted(let command, let id):
            let message: Message =
                switch command {
                case .start: .flashStarted
                case .stop: .flashStopped
                case .delete: .flashDeleted
                case .syncObjects: .flashSent
                }
            words = language.text(message, ["id": TaskText.shortID(id)])
        case .sentNames(let count, let id):
            words = language.text(count == 1 ? .flashSentName : .flashSentNames, ["id": TaskText.shortID(id), "count": String(count)])
        case .created(let id):
            words = language.text(.flashCreated, ["id": TaskText.shortID(id)])
        case .configRead(let said):
            words = said.text(language)
        }
        return "\(symbols.check) \(words)"
    }
}
