/// What the filter line asks for: words matched anywhere in a row's text (id, buckets, regions,
/// description, cloud, profile), and qualifiers matched against one field each:
/// `profile:NAME`, `region:NAME`, `cloud:NAME`, `status:NAME`, and for an organization's profiles
/// `account:NAME` and `org:NAME` (each a part of the value, any case).
struct FilterQuery: Equatable {
    /// The fields a qualifier names.
    enum Field: String, CaseIterable {
        case profile, region, cloud, status, account, org
    }

    /// The text the row's whole text must hold, lowercased; empty for none.
    var text: [UInt8] = []
    /// Each qualifier's lowercased value.
    var qualifiers: [(Field, [UInt8])] = []

    init(_ line: String) {
        var words: [Substring] = []
        for word in line.lowercased().split(separator: " ", omittingEmptySubsequences: true) {
            if let colon = word.firstIndex(of: ":"), let field = Field(rawValue: String(word[..<colon])), word.index(after: colon) < word.endIndex {
                qualifiers.append((field, Array(word[word.index(after: colon)...].utf8)))
            } else {
                words.append(word)
            }
        }
        text = Array(words.joined(separator: " ").utf8)
    }

    var isEmpty: Bool { text.isEmpty && qualifiers.isEmpty }

    /// Whether a row is one the filter keeps.
    func matches(_ row: RowFields) -> Bool {
        guard text.isEmpty || Self.contains(row.searchText, text) else { return false }
        return qualifiers.allSatisfy { field, value in
            switch field {
            case .profile: Self.contains(row.profile, value)
            case .region: Self.contains(row.regions, value)
            case .cloud: Self.contains(row.cloud, value)
            case .status: Self.contains(row.statusLowercased, value)
            case .account: Self.contains(row.account, value)
            case .org: Self.contains(row.organization, value)
            }
        }
    }

    static func == (a: FilterQuery, b: FilterQuery) -> Bool {
        a.text == b.text && a.qualifiers.map(\.0) == b.qualifiers.map(\.0) && a.qualifiers.map(\.1) == b.qualifiers.map(\.1)
    }

    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count && haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
