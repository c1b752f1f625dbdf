import OMSWords

/// Reads the YAML that web config files are written in (exporter-toolkit's, as node_exporter and
/// Prometheus take them): block mappings and lists, one-line flow lists of scalars (`[a, b]`),
/// plain, single- and double-quoted scalars, literal blocks (`|`, `|-`, `|+`) and comments. What
/// else YAML has (anchors, aliases, tags, flow mappings, folded blocks, several documents) is
/// refused with its line, never guessed at.
public struct YAMLReader {
    private struct Line {
        let number: Int
        let indent: Int
        /// The line after its indentation, trailing blanks trimmed.
        let text: Substring
        /// The whole line, for literal blocks.
        let raw: Substring
        var isSignificant: Bool { !text.isEmpty && !text.hasPrefix("#") }
        var isListItem: Bool { text == "-" || text.hasPrefix("- ") }
    }

    private let lines: [Line]
    private var index = 0

    /// The document in `text`; an empty one is an empty mapping.
    public static func read(_ text: String) throws(WebConfigProblem) -> YAMLNode {
        var reader = try YAMLReader(text)
        return try reader.document()
    }

    private init(_ text: String) throws(WebConfigProblem) {
        var lines: [Line] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let raw = raw.last == "\r" ? raw.dropLast() : raw
            let indentation = raw.prefix { $0 == " " || $0 == "\t" }
            let text = raw.dropFirst(indentation.count)
            if indentation.contains("\t"), !text.isEmpty { throw WebConfigProblem(line: offset + 1, Wording(.yamlTabIndent)) }
            var trimmed = text
            while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
            lines.append(Line(number: offset + 1, indent: indentation.count, text: trimmed, raw: raw))
        }
        self.lines = lines
    }

    private mutating func document() throws(WebConfigProblem) -> YAMLNode {
        skipInsignificant()
        if let line = current, line.text == "---" || line.text.hasPrefix("--- ") {
            guard line.text == "---" else { throw WebConfigProblem(line: line.number, Wording(.yamlUnsupported, ["feature": "--- …"])) }
            index += 1
            skipInsignificant()
        }
        guard let first = current, first.text != "..." else { return YAMLNode(.mapping([]), line: 1) }
        let node = try block(atLeast: 0)
        skipInsignificant()
        if let line = current {
            switch line.text {
            case "...": break
            case "---": throw WebConfigProblem(line: line.number, Wording(.yamlSeveralDocuments))
            default: throw WebConfigProblem(line: line.number, Wording(.yamlIndentation))
            }
        }
        return node
    }

    private var current: Line? { index < lines.count ? lines[index] : nil }

    private mutating func skipInsignificant() {
        while let line = current, !line.isSignificant { index += 1 }
    }

    /// The mapping or list whose first line is the next significant one, indented `atLeast`.
    private mutating func block(atLeast indent: Int) throws(WebConfigProblem) -> YAMLNode {
        skipInsignificant()
        guard let line = current, line.indent >= indent else { return YAMLNode(.null, line: current?.number ?? lines.count) }
        return line.isListItem ? try list(at: line.indent) : try mapping(at: line.indent)
    }

    private mutating func mapping(at indent: Int) throws(WebConfigProblem) -> YAMLNode {
        var pairs: [YAMLPair] = []
        let start = current!.number
        while true {
            skipInsignificant()
            guard let line = current, line.indent >= indent, line.text != "...", line.text != "---" else { break }
            guard line.indent == indent else { throw WebConfigProblem(line: line.number, Wording(.yamlIndentation)) }
            if line.isListItem { throw WebConfigProblem(line: line.number, Wording(.yamlIndentation)) }
            let (key, rest) = try Self.keyAndRest(line)
            if pairs.contains(where: { $0.key == key }) { throw WebConfigProblem(line: line.number, Wording(.yamlDuplicateKey, ["key": key])) }
            index += 1
            pairs.append(YAMLPair(key, line: line.number, try value(after: rest, of: line, listAtSameIndent: true)))
        }
        return YAMLNode(.mapping(pairs), line: start)
    }

    private mutating func list(at indent: Int) throws(WebConfigProblem) -> YAMLNode {
        var items: [YAMLNode] = []
        let start = current!.number
        while true {
            skipInsignificant()
            guard let line = current, line.indent == indent, line.isListItem else {
                if let line = current, line.indent > indent, line.isSignificant {
                    throw WebConfigProblem(line: line.number, Wording(.yamlIndentation))
                }
                break
            }
            index += 1
            items.append(try value(after: line.text.dropFirst(), of: line, listAtSameIndent: false))
        }
        return YAMLNode(.list(items), line: start)
    }

    /// The value written after a key's colon or a list's dash on `line`: there, or the block
    /// indented below it (for a key, also a list at the key's own indentation, as YAML allows).
    private mutating func value(after written: Substring, of line: Line, listAtSameIndent: Bool) throws(WebConfigProblem) -> YAMLNode {
        let rest = written.drop { $0 == " " }
        if rest.isEmpty || rest.hasPrefix("#") {
            skipInsignificant()
            guard let next = current else { return YAMLNode(.null, line: line.number) }
            if next.indent > line.indent { return try block(atLeast: line.indent + 1) }
            if listAtSameIndent, next.indent == line.indent, next.isListItem { return try list(at: line.indent) }
            return YAMLNode(.null, line: line.number)
        }
        switch rest {
        case "|", "|-", "|+": return literal(after: line, chomping: rest.last!)
        default: break
        }
        if let first = rest.first, let feature = Self.unsupported[first] {
            throw WebConfigProblem(line: line.number, Wording(.yamlUnsupported, ["feature": feature]))
        }
        if rest.first == "[" { return try Self.flowList(rest, line: line.number) }
        let (text, quoted, remainder) = try Self.scalar(rest, line: line.number, stoppingAt: nil)
        guard remainder.isEmpty else { throw WebConfigProblem(line: line.number, Wording(.yamlAfterValue)) }
        if !quoted, text == "~" || text == "null" { return YAMLNode(.null, line: line.number) }
        return YAMLNode(.scalar(text, quoted: quoted), line: line.number)
    }

    /// The first characters of YAML's features a web config does not take, and how they are named.
    private static let unsupported: [Character: String] = [
        "&": "&anchor", "*": "*alias", "!": "!tag", "{": "{flow mapping}", ">": "> folded block", "%": "%directive",
        "@": "@", "`": "`",
    ]

    /// A literal block below `line`: its lines as written, less the block's indentation.
    private mutating func literal(after line: Line, chomping: Character) -> YAMLNode {
        var body: [Substring] = []
        var blockIndent: Int?
        while let next = current, next.text.isEmpty || next.indent > line.indent {
            if !next.text.isEmpty {
                if blockIndent == nil { blockIndent = next.indent }
                if next.indent < blockIndent! { break }
            }
            body.append(next.text.isEmpty ? "" : next.raw.dropFirst(blockIndent!))
            index += 1
        }
        var trailing = 0
        while let last = body.last, last.isEmpty {
            body.removeLast()
            trailing += 1
        }
        var text = body.joined(separator: "\n")
        switch chomping {
        case "-": break
        case "+": text += String(repeating: "\n", count: body.isEmpty ? trailing : trailing + 1)
        default: if !body.isEmpty { text += "\n" }
        }
        return YAMLNode(.scalar(text, quoted: true), line: line.number)
    }

    /// A key and what follows its colon.
    private static func keyAndRest(_ line: Line) throws(WebConfigProblem) -> (String, Substring) {
        let text = line.text
        if text.first == "\"" || text.first == "'" {
            let (key, _, rest) = try scalar(text, line: line.number, stoppingAt: nil, beforeColon: true)
            guard rest.first == ":" else { throw WebConfigProblem(line: line.number, Wording(.yamlExpectedKey)) }
            return (key, rest.dropFirst())
        }
        var cursor = text.startIndex
        while let colon = text[cursor...].firstIndex(of: ":") {
            let after = text.index(after: colon)
            if after == text.endIndex || text[after] == " " {
                let key = text[..<colon]
                guard !key.isEmpty, !key.contains(" #") else { break }
                return (String(key.trimmingSuffix(" ")), text[after...])
            }
            cursor = after
        }
        throw WebConfigProblem(line: line.number, Wording(.yamlExpectedKey))
    }

    /// `[a, "b", 'c']` on one line.
    private static func flowList(_ text: Substring, line: Int) throws(WebConfigProblem) -> YAMLNode {
        var rest = text.dropFirst().drop { $0 == " " }
        var items: [YAMLNode] = []
        while rest.first != "]" {
            guard !rest.isEmpty else { throw WebConfigProblem(line: line, Wording(.yamlUnclosed, ["opened": "["])) }
            let (item, quoted, after) = try scalar(rest, line: line, stoppingAt: [",", "]"])
            items.append(YAMLNode(.scalar(item, quoted: quoted), line: line))
            rest = after.drop { $0 == " " }
            if rest.first == "," { rest = rest.dropFirst().drop { $0 == " " } }
        }
        let after = rest.dropFirst().drop { $0 == " " }
        guard after.isEmpty || after.hasPrefix("#") else { throw WebConfigProblem(line: line, Wording(.yamlAfterValue)) }
        return YAMLNode(.list(items), line: line)
    }

    /// A scalar at the start of `text`: its value, whether it was quoted, and what follows it
    /// (a comment dropped). A plain one ends at a comment, at one of `stops`, or, before a key's
    /// colon, at ": ".
    private static func scalar(
        _ text: Substring, line: Int, stoppingAt stops: Set<Character>?, beforeColon: Bool = false
    ) throws(WebConfigProblem) -> (String, Bool, Substring) {
        var rest: Substring
        let value: String
        switch text.first {
        case "'": (value, rest) = try singleQuoted(text.dropFirst(), line: line)
        case "\"": (value, rest) = try doubleQuoted(text.dropFirst(), line: line)
        default:
            var end = text.endIndex
            var cursor = text.startIndex
            while cursor < text.endIndex {
                let character = text[cursor]
                if let stops, stops.contains(character) { end = cursor; break }
                if character == "#", cursor > text.startIndex, text[text.index(before: cursor)] == " " { end = cursor; break }
                if character == ":", text.index(after: cursor) == text.endIndex || text[text.index(after: cursor)] == " " {
                    throw WebConfigProblem(line: line, Wording(.yamlNestedMapping))
                }
                cursor = text.index(after: cursor)
            }
            let plain = text[..<end].trimmingSuffix(" ")
            rest = text[end...]
            if rest.hasPrefix("#") { rest = "" }
            return (String(plain), false, rest)
        }
        if !beforeColon {
            rest = rest.drop { $0 == " " }
            if rest.hasPrefix("#") { rest = "" }
        }
        return (value, true, rest)
    }

    private static func singleQuoted(_ text: Substring, line: Int) throws(WebConfigProblem) -> (String, Substring) {
        var value = ""
        var rest = text
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "'" {
                guard rest.first == "'" else { return (value, rest) }
                rest = rest.dropFirst()
            }
            value.append(character)
        }
        throw WebConfigProblem(line: line, Wording(.yamlUnclosed, ["opened": "'"]))
    }

    private static let escapes: [Character: String] = [
        "\\": "\\", "\"": "\"", "/": "/", "n": "\n", "t": "\t", "r": "\r", "0": "\0", " ": " ", "a": "\u{07}",
        "b": "\u{08}", "e": "\u{1B}", "f": "\u{0C}", "v": "\u{0B}",
    ]

    private static func doubleQuoted(_ text: Substring, line: Int) throws(WebConfigProblem) -> (String, Substring) {
        var value = ""
        var rest = text
        while let character = rest.first {
            rest = rest.dropFirst()
            switch character {
            case "\"": return (value, rest)
            case "\\":
                guard let escape = rest.first else { break }
                rest = rest.dropFirst()
                if let written = escapes[escape] {
                    value += written
                    continue
                }
                let digits = ["x": 2, "u": 4, "U": 8][escape]
                guard let digits, let code = UInt32(rest.prefix(digits), radix: 16), rest.count >= digits,
                      let scalar = Unicode.Scalar(code) else {
                    throw WebConfigProblem(line: line, Wording(.yamlBadEscape, ["escape": "\\\(escape)"]))
                }
                value.unicodeScalars.append(scalar)
                rest = rest.dropFirst(digits)
            default: value.append(character)
            }
        }
        throw WebConfigProblem(line: line, Wording(.yamlUnclosed, ["opened": "\""]))
    }
}

extension Substring {
    fileprivate func trimmingSuffix(_ character: Character) -> Substring {
        var text = self
        while text.last == character { text = text.dropLast() }
        return text
    }
}
