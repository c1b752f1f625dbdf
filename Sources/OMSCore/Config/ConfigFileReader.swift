import FoundationEssentials
import OMSWords

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and parses the config file, turning every problem into a one-line `ConfigurationError`.
enum ConfigFileReader {
    /// The parsed file; nil when it is missing and `mustExist` is false.
    static func read(path: String, mustExist: Bool) throws(ConfigurationError) -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else {
            if mustExist { throw .unreadable(path: path, reason: Wording(.reasonNoSuchFile)) }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: Wording(.reasonPermissionOrNotFile))
        }
        return try parse(data, path: path)
    }

    /// Parses config JSON; syntax errors carry line and column.
    static func parse(_ data: Data, path: String) throws(ConfigurationError) -> ConfigFile {
        try checkSyntax(Array(data), path: path)
        guard data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") else {
            throw .invalidValue(path: path, field: "(file)", reason: Wording(.reasonConfigNotObject))
        }
        return try decode(ConfigFile.self, from: data, path: path)
    }

    /// The first syntax error of a JSON file a person wrote, with its line and column.
    static func checkSyntax(_ bytes: [UInt8], path: String) throws(ConfigurationError) {
        if let problem = JSONSyntaxChecker.firstProblem(in: bytes) {
            throw .syntax(path: path, line: problem.line, column: problem.column, reason: problem.reason)
        }
    }

    /// A value decoded from JSON a person wrote; a wrong value is an error naming its field.
    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, path: String) throws(ConfigurationError)
        -> Value
    {
        do {
            return try JSONInput.decode(type, from: data)
        } catch let error as DecodingError {
            throw valueError(error, path: path)
        } catch {
            throw .invalidValue(path: path, field: "(file)", reason: .verbatim("\(error)"))
        }
    }

    /// A warning like ssh's when a file holding secrets can be read by group or others.
    static func permissionWarning(path: String) -> Wording? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o077 != 0 else { return nil }
        let mode = String(info.st_mode & 0o777, radix: 8)
        return Wording(.warningReadableSecrets, ["path": path, "mode": mode])
    }

    private static func valueError(_ error: DecodingError, path: String) -> ConfigurationError {
        let (context, reason): (DecodingError.Context, String) =
            switch error {
            case .typeMismatch(let type, let context): (context, "expected \(describe(type))")
            case .valueNotFound(let type, let context): (context, "expected \(describe(type)), found null")
            case .keyNotFound(let key, let context):
                (DecodingError.Context(codingPath: context.codingPath + [key], debugDescription: ""), "missing")
            case .dataCorrupted(let context): (context, context.debugDescription)
            @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "invalid")
            }
        let field = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return .invalidValue(path: path, field: field.hasPrefix(".") ? String(field.dropFirst()) : field, reason: .verbatim(reason))
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is SecretReference.Type: "a string"
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "true or false"
        default: "an object or list"
        }
    }
}
