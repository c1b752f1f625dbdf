import OMSCore

/// Asks a person before a change: y/N on the terminal; `--yes` skips it; with no terminal and
/// no `--yes` the change is refused.
enum Confirmation {
    /// Asks `question` unless `yes`; `action` is the verb, as "start" in "start cancelled".
    static func require(_ question: Wording, yes: Bool, action: Message) throws {
        if yes { return }
        let language = FailureLanguage.current
        let verb = ["action": language.text(action).lowercased()]
        guard Console.isInteractive else { throw CommandFailure.usage(Wording(.failureNoConfirmation, verb)) }
        Console.write("\(question.text(language)) [y/N] ", to: 2)
        let answer = (readLine() ?? "").filter { !$0.isWhitespace }.lowercased()
        guard answer == "y" || answer == "yes" else { throw CommandFailure.usage(Wording(.failureCancelled, verb)) }
    }
}
