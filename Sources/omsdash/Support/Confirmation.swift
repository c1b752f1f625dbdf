/// Asks a person before a change: y/N on the terminal; `--yes` skips it; with no terminal and
/// no `--yes` the change is refused.
enum Confirmation {
    static func require(_ question: String, yes: Bool, action: String) throws {
        if yes { return }
        guard Console.isInteractive else {
            throw CommandFailure.usage("refusing to \(action) without confirmation: no terminal to ask on; pass --yes")
        }
        Console.write("\(question) [y/N] ", to: 2)
        let answer = (readLine() ?? "").filter { !$0.isWhitespace }.lowercased()
        guard answer == "y" || answer == "yes" else { throw CommandFailure.usage("\(action) cancelled") }
    }
}
