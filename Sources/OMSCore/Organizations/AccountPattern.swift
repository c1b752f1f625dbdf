/// A glob over account names (or ids), as `include` and `exclude` take them: `*` any run of
/// characters, `?` one character, `[abc]`, `[a-z]` and `[!abc]` one of a set; any case.
public struct AccountPattern: Sendable, Hashable, CustomStringConvertible {
    private enum Part: Hashable {
        case literal(Character)
        case any
        case anyRun
        case set([ClosedRange<Character>], negated: Bool)
    }

    private let parts: [Part]
    /// The glob as written.
    public let description: String

    /// Reads a glob; nil when it is empty or a `[` is not closed.
    public init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        var parts: [Part] = []
        var characters = Array(text.lowercased())[...]
        while let first = characters.popFirst() {
            switch first {
            case "*": parts.append(.anyRun)
            case "?": parts.append(.any)
            case "[":
                let negated = characters.first == "!"
                if negated { characters.removeFirst() }
                guard let close = characters.dropFirst().firstIndex(of: "]") else { return nil }
                let inside = Array(characters[characters.startIndex..<close])
                characters = characters[(close + 1)...]
                var ranges: [ClosedRange<Character>] = []
                var index = 0
                while index < inside.count {
                    if index + 2 < inside.count, inside[index + 1] == "-" {
                        guard inside[index] <= inside[index + 2] else { return nil }
                        ranges.append(inside[index]...inside[index + 2])
                        index += 3
                    } else {
                        ranges.append(inside[index]...inside[index])
                        index += 1
                    }
                }
                parts.append(.set(ranges, negated: negated))
            default: parts.append(.literal(first))
            }
        }
        self.parts = parts
        description = text
    }

    /// Whether `name` matches the whole glob, in any case.
    public func matches(_ name: String) -> Bool {
        Self.match(parts[...], Array(name.lowercased())[...])
    }

    private static func match(_ parts: ArraySlice<Part>, _ name: ArraySlice<Character>) -> Bool {
        guard let part = parts.first else { return name.isEmpty }
        let rest = parts.dropFirst()
        switch part {
        case .anyRun:
            // Each suffix in turn: globs and account names are short.
            var tail = name
            while true {
                if match(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        case .any:
            return !name.isEmpty && match(rest, name.dropFirst())
        case .literal(let character):
            return name.first == character && match(rest, name.dropFirst())
        case .set(let ranges, let negated):
            guard let first = name.first else { return false }
            return ranges.contains { $0.contains(first) } != negated && match(rest, name.dropFirst())
        }
    }
}
