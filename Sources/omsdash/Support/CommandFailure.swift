import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import OMSCore

/// A failure that ends a command with a one-line message on stderr and a documented exit code.
enum CommandFailure: Error {
    /// Usage or configuration error: exit code 2.
    case usage(Wording)
    /// The API or the network failed: exit code 1.
    case api(Wording)

    /// What failed, as words of the table.
    var wording: Wording {
        switch self {
        case .usage(let wording), .api(let wording): wording
        }
    }

    /// The one line in `language`, without the "omsdash: " before it.
    func message(in language: Language) -> String { wording.text(language) }

    /// Prints the message in the language of failures, its control characters written out, and
    /// exits with the code the README documents.
    func exit() -> Never {
        Console.error("omsdash: \(message(in: FailureLanguage.current).escapingControlCharacters)")
        switch self {
        case .usage: Glibc.exit(2)
        case .api: Glibc.exit(1)
        }
    }

    /// The failure for any error a command can meet.
    static func from(_ error: any Error) -> CommandFailure {
        switch error {
        case let failure as CommandFailure: failure
        case let error as ConfigurationError: .usage(error.wording)
        case let error as OMSError:
            if case .invalidArgument(let wording) = error { .usage(wording) } else { .api(error.wording) }
        default: .api(.verbatim("\(error)"))
        }
    }
}
