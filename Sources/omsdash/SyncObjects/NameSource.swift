import FoundationEssentials
import OMSCore

#if canImport(Glibc)
import Glibc
#endif

/// Where `sync-objects` reads object names: its arguments, or a file with one name a line (`-`,
/// standard input, copied to an unlinked temporary file first). A file is read in chunks, as many
/// times as needed (once to check every name, once to send them), so memory does not grow with it.
final class NameSource {
    /// A name ready to send.
    struct Named {
        /// Its position among the names, from 1 (empty lines are not names).
        var ordinal: Int
        var name: String
        /// The name as sent.
        var key: String
    }

    private enum Origin {
        case arguments([String])
        case file(descriptor: Int32, label: String)
    }

    private let origin: Origin
    private let alreadyEncoded: Bool

    /// Names given on the command line.
    init(arguments: [String], alreadyEncoded: Bool) {
        origin = .arguments(arguments)
        self.alreadyEncoded = alreadyEncoded
    }

    /// Names in the file at `path`, `-` for standard input; a file that cannot be read is a usage error.
    init(path: String, alreadyEncoded: Bool) throws {
        self.alreadyEncoded = alreadyEncoded
        if path == "-" {
            origin = .file(descriptor: try Self.spoolStandardInput(), label: "standard input")
        } else {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw CommandFailure.usage(Wording(.failureCannotReadNames, ["path": path, "reason": String(cString: strerror(errno))]))
            }
            origin = .file(descriptor: descriptor, label: path)
        }
    }

    deinit {
        if case .file(let descriptor, _) = origin { close(descriptor) }
    }

    /// Calls `body` with every name after the first `skip`, in order; a name that cannot be sent
    /// stops it with a usage error naming its line or argument.
    func forEach(skipping skip: Int, _ body: (Named) async throws -> Void) async throws {
        var ordinal = 0
        func take(_ name: Result<String, SyncObjectName.Problem>, place: Wording) async throws {
            ordinal += 1
            guard ordinal > skip else { return }
            do {
                let name = try name.get()
                try await body(Named(ordinal: ordinal, name: name, key: try SyncObjectName.key(for: name, alreadyEncoded: alreadyEncoded)))
            } catch let problem as SyncObjectName.Problem {
                throw CommandFailure.usage(Wording(.failureNamesProblem, parts: ["place": place, "problem": problem.wording]))
            }
        }
        switch origin {
        case .arguments(let names):
            for (index, name) in names.enumerated() { try await take(.success(name), place: Wording(.failurePlaceName, ["index": String(index + 1)])) }
        case .file(let descriptor, let label):
            guard lseek(descriptor, 0, SEEK_SET) == 0 else {
                throw CommandFailure.usage(Wording(.failureReadTwice, ["label": label]))
            }
            var splitter = NameLineSplitter()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count >= 0 else { throw CommandFailure.usage(Wording(.failureCannotRead, ["label": label, "reason": String(cString: strerror(errno))])) }
                if count == 0 { break }
                for line in splitter.feed(buffer[..<count]) { try await take(line.name, place: Wording(.failurePlaceLine, ["file": label, "line": String(line.number)])) }
            }
            if let line = splitter.finish() { try await take(line.name, place: Wording(.failurePlaceLine, ["file": label, "line": String(line.number)])) }
        }
    }

    /// Copies standard input into an unlinked temporary file, so that it can be read twice.
    private static func spoolStandardInput() throws -> Int32 {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(directory)/omsdash-names-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw CommandFailure.usage(Wording(.failureKeepInputTMPDIR, ["directory": directory])) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            var offset = 0
            while offset < count {
                let written = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, count - offset) }
                guard written > 0 else { throw CommandFailure.usage(Wording(.failureKeepInputDiskFull, ["directory": directory])) }
                offset += written
            }
        }
        return descriptor
    }
}
