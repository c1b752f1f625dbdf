import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import OMSCore

/// A failure that ends a command with a one-line message on stderr and a documented exit code.
enum CommandFailure: Error {
    /// Usage or configuration error: exit code 2.
    case usage(String)
    /// The API or the network failed: exit code 1.
    case api(String)

    /// The one line, without the "omsdash: " before it.
    var message: String {
        switch self {
        case .usage(let message), .api(let message): message
        }
    }

    /// Prints the message, its control characters written out, and exits with the code the README
    /// documents.
    func exit() -> Never {
        Console.error("omsdash: \(message.escapingControlCharacters)")
        switch self {
        case .usage: Glibc.exit(2)
        case .api: Glibc.exit(1)
        }
    }

    /// The failure for any error a command can meet.
    static func from(_ error: any Error) -> CommandFailure {
        switch error {
        case let failure as CommandFailure: failure
        case let error as ConfigurationError: .usage(error.message)
        case let error as OMSError:
            if case .invalidArgument(let text) = error { .usage(text) } else { .api(error.message) }
        default: .api("\(error)")
        }
    }
}
