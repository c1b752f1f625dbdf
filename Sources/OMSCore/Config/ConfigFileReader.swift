import Foundation

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
            if mustExist { throw .unreadable(path: path, reason: "no such file") }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a file")
        }
        return try parse(data, path: path)
    }

    /// Parses config JSON; syntax errors carry line and column.
    static func parse(_ data: Data, path: String) throws(ConfigurationError) -> ConfigFile {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw syntaxError(error, data: data, path: path)
        }
        do {
            return try JSONDecoder().decode(ConfigFile.self, from: data)
        } catch let error as DecodingError {
            throw valueError(error, path: path)
        } catch {
            throw .invalidValue(path: path, field: "(file)", reason: "\(error)")
        }
    }

    /// A warning like ssh's when a file holding secrets can be read by group or others.
    static func permissionWarning(path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o077 != 0 else { return nil }
        let mode = String(info.st_mode & 0o777, radix: 8)
        return "warning: \(path) holds secrets and is readable by others (mode \(mode)): run chmod 600 \(path)"
    }

    private static func syntaxError(_ error: any Error, data: Data, path: String) -> ConfigurationError {
        let userInfo = (error as NSError).userInfo
        let detail = (userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        if let index = userInfo["NSJSONSerializationErrorIndex"] as? Int {
            let (line, column) = position(of: index, in: data)
            return .syntax(path: path, line: line, column: column, reason: cleaned(detail))
        }
        if let offset = number(after: "character", in: detail) {
            let (line, column) = position(of: offset, in: data)
            return .syntax(path: path, line: line, column: column, reason: cleaned(detail))
        }
        if let (line, column) = lineAndColumn(mentionedIn: detail) {
            return .syntax(path: path, line: line, column: column, reason: cleaned(detail))
        }
        return .syntax(path: path, line: nil, column: nil, reason: cleaned(detail))
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
        return .invalidValue(path: path, field: field.hasPrefix(".") ? String(field.dropFirst()) : field, reason: reason)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is SecretReference.Type: "a string"
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "true or false"
        default: "an object or list"
        }
    }

    /// 1-based line and column of a byte offset.
    static func position(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// Finds "line N, column M" in a parser's message.
    private static func lineAndColumn(mentionedIn text: String) -> (Int, Int)? {
        guard let line = number(after: "line", in: text), let column = number(after: "column", in: text) else { return nil }
        return (line, column)
    }

    /// The number that follows `word` in a parser's message ("around character 35").
    private static func number(after word: String, in text: String) -> Int? {
        let words = text.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: ".", with: " ")
            .split(separator: " ")
        guard let index = words.firstIndex(where: { $0 == word }), index + 1 < words.count else { return nil }
        return Int(words[index + 1])
    }

    private static func cleaned(_ text: String) -> String {
        var result = text
        for noise in ["The given data was not valid JSON.", "The data couldn’t be read because it isn’t in the correct format."] {
            result = result.replacingOccurrences(of: noise, with: "")
        }
        if let range = result.range(of: " around ") { result = String(result[..<range.lowerBound]) }
        result = result.trimmingWhitespace()
        while result.hasSuffix(".") { result.removeLast() }
        return result.isEmpty ? "syntax error" : result
    }
}
