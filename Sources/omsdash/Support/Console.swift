import Foundation

/// Unbuffered writes to stdout and stderr, so that output reaches a pipe at once.
enum Console {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether stdin and stderr are a terminal a person can answer on.
    static var isInteractive: Bool { isatty(0) == 1 && isatty(2) == 1 }
}
