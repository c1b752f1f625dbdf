import Foundation

/// Where the omsdash binary under test is: OMSDASH_BIN, else the package's debug build.
enum Binary {
    static var path: String {
        if let path = ProcessInfo.processInfo.environment["OMSDASH_BIN"], !path.isEmpty { return path }
        return repositoryRoot + "/.build/debug/omsdash"
    }

    /// The checkout the tests run from.
    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// A fresh directory for one test's files.
    static func scratchDirectory() -> String {
        let path = NSTemporaryDirectory() + "omsdash-e2e-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
