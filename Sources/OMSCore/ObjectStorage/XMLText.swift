/// The few reads of object storage's XML answers omsdash needs: the text of named elements, in
/// order, entities decoded. The answers (`ListBucketResult`, `Error`) are flat and documented;
/// this is not a general XML parser, and it never fails: what it cannot find is absent.
struct XMLText {
    let text: Substring

    init(_ bytes: [UInt8]) { text = Substring(String(decoding: bytes, as: UTF8.self)) }
    init(_ text: Substring) { self.text = text }

    /// The raw contents of every `<name>…</name>` (attributes skipped), in order (an empty `<name/>` is "").
    func elements(_ name: String) -> [XMLText] {
        var found: [XMLText] = []
        var rest = text[...]
        let open = "<" + name, close = "</\(name)>"
        while let start = rest.firstRange(of: open) {
            var after = rest[start.upperBound...]
            // Attributes (`xmlns="…"`) are skipped to the end of the tag.
            if let first = after.first, first == " " || first == "\t" || first == "\n" || first == "\r",
                let end = after.firstIndex(of: ">")
            {
                after = after[after.index(before: end)...].first == "/" ? after[after.index(before: end)...] : after[end...]
            }
            if after.hasPrefix(">") {
                let body = after.dropFirst()
                guard let end = body.firstRange(of: close) else { break }
                found.append(XMLText(body[..<end.lowerBound]))
                rest = body[end.upperBound...]
            } else if after.hasPrefix("/>") {
                found.append(XMLText(""))
                rest = after.dropFirst(2)
            } else {
                rest = after
            }
        }
        return found
    }

    /// The decoded text of the first `<name>`, if there is one.
    func value(_ name: String) -> String? { elements(name).first?.decoded }

    /// The text with XML's five entities and numeric character references decoded.
    var decoded: String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semi]
            if let character = Self.character(entity) {
                out.append(character)
            } else {
                out += rest[amp...semi]
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    private static func character(_ entity: Substring) -> Character? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let number = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return number.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}
