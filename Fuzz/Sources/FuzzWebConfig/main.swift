// Feeds web config files to the exporter's YAML reader and web config decoder.
//
// Rules: a file is read or refused, never more; a refusal names a line of the file (or none) and
// fills every placeholder of its words in both languages.
import ExporterCore
import FuzzSupport
import OMSWords

/// The placeholders the web config's words use.
private let placeholders = [
    "{field}", "{key}", "{line}", "{reason}", "{names}", "{values}", "{kind}", "{opened}", "{escape}", "{feature}", "{type}",
    "{min}", "{max}", "{inline}", "{file}", "{path}",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWebConfig(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = FuzzInput(start, count).text
    do {
        let config = try WebConfig.read(text)
        expect(config.users.values.allSatisfy { BcryptHash($0.text) != nil }, "a user's hash that is no bcrypt hash: \(text.debugDescription)")
    } catch {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        if let line = error.line { expect((1...max(1, lines)).contains(line), "line \(line) of \(lines): \(text.debugDescription)") }
        for language in [Language.english, .simplifiedChinese] {
            let words = error.reason.text(language)
            for placeholder in placeholders where words.contains(placeholder) && !text.contains(placeholder) {
                expect(false, "\(placeholder) unfilled in \(words.debugDescription) for \(text.debugDescription)")
            }
        }
    }
    return 0
}
