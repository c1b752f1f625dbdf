import FoundationEssentials
import Testing

@testable import OMSCore

/// Inputs that broke a rule under `./scripts/fuzz` (their bytes are kept in Fuzz/Findings) or in the
/// review that followed it, kept here so that the fixes stay.
@Suite("Fuzz findings")
struct FuzzFindingTests {
    @Test("\"%\" and a sign is no escape: \"%+1\" stays, in a proxy password too")
    func percentSignIsNoEscape() throws {
        #expect(PercentEncoding.decode("\r%+11") == "\r%+11")
        #expect(PercentEncoding.decode("%-1%41") == "%-1A")
        let proxy = try ProxyServer(parsing: "http://alice:pa%+1ss@proxy.example:3128", source: "config")
        #expect(proxy.password?.reveal() == "pa%+1ss")
    }

    @Test("control characters of an answer's body are written out in the message")
    func answerBodyControlCharacters() {
        let exchange = HTTPExchange(
            status: 500, requestID: "req\u{1B}[2J", retryAfter: nil, body: Array("{\"sync_task_\u{7F}\u{1B}[31m\"}".utf8))
        let error = ResponseDecoder.failure(from: exchange, operation: .init(name: "create"))
        #expect(error.message.contains(#"\u{7F}\u{1B}[31m"#))
        #expect(error.message.contains(#"req\u{1B}[2J"#))
        #expect(!error.message.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    @Test("JSON that ends on its 513th opening bracket is refused, where the standard decoder stops the process")
    func nestingLimitAtTheEnd() throws {
        let deep = Array(repeating: UInt8(ascii: "["), count: 513)
        for status in [200, 500] {
            let exchange = HTTPExchange(status: status, requestID: nil, retryAfter: nil, body: deep)
            #expect(throws: OMSError.self) { try ResponseDecoder.decode(SyncTaskPage.self, from: exchange, operation: .init(name: "list")) }
        }
        #expect(throws: ConfigurationError.self) { try CreateTaskFile.request(from: deep, path: "t.json", environment: [:]) }
        #expect(throws: DecodingError.self) { try JSONInput.decode(JSONValue.self, from: Data(#"{"a": ["#.utf8 + deep.dropFirst(2))) }
        #expect(try JSONInput.decode([Int].self, from: Data("[1, 2]".utf8)) == [1, 2])
    }

    @Test("a service message with a line break stays on one line")
    func serviceMessageLineBreak() {
        let failure = ServiceFailure(
            status: 400, errorCode: "OMS.0001", errorMessage: "bad\nrequest\u{0}", requestID: nil, operation: .init(name: "show"))
        #expect(OMSError.service(failure).message.hasPrefix(#"OMS.0001 (HTTP 400): bad\nrequest\u{0}"#))
    }

    @Test("config messages write out the control characters they quote")
    func configControlCharacters() {
        let message = ConfigurationError.missingEnvironment(name: "FUZZ\u{7F}[SET", field: "sk").message
        #expect(message.contains(#"FUZZ\u{7F}[SET"#))
        let syntax = JSONSyntaxChecker.firstProblem(in: Array("{\"c\": \"\u{1B}[31m\"}".utf8))
        #expect(syntax?.reason.english.hasPrefix("a line break or control character inside a string") == true)
        let error = ConfigurationError.syntax(path: "c.json", line: syntax?.line, column: syntax?.column, reason: syntax!.reason)
        #expect(error.message == #"c.json:1:8: invalid JSON (a line break or control character inside a string, found "\u{1B}")"#)
    }

    @Test("bytes that are not UTF-8 in a config string are a syntax error with line and column")
    func configNotUTF8() {
        let problem = JSONSyntaxChecker.firstProblem(in: Array(#"{"_about": "omsd"#.utf8) + [0xF0] + Array(#"sh"}"#.utf8))
        #expect(problem?.line == 1 && problem?.column == 17)
        #expect(problem?.reason.english == "bytes that are not UTF-8: save the file as UTF-8, found \"\u{FFFD}\"")
        #expect(JSONSyntaxChecker.firstProblem(in: Array(#"{"a": "\u00e9 \"é\" \/ \b"}"#.utf8)) == nil)
        #expect(JSONSyntaxChecker.firstProblem(in: Array(#"{"a": "\x"}"#.utf8))?.reason.english.hasPrefix("an escape other than") == true)
        #expect(JSONSyntaxChecker.firstProblem(in: Array(#"{"a": "\u12"}"#.utf8))?.reason.english.hasPrefix("\\u takes four hex digits") == true)
        #expect(JSONSyntaxChecker.firstProblem(in: Array(#"{"a": 01}"#.utf8))?.reason.english.hasPrefix("a number with a leading zero") == true)
        #expect(JSONSyntaxChecker.firstProblem(in: Array(#"{"a": 1.}"#.utf8))?.reason.english.hasPrefix("expected a digit") == true)
        #expect(JSONSyntaxChecker.firstProblem(in: Array(#"[-0, 1E+2, 2.5e-3]"#.utf8)) == nil)
    }

    @Test("a \\u escape of half a character is a syntax error where the decoder refuses it; a whole pair passes")
    func configLoneSurrogate() throws {
        for text in [#""am\udeeets""#, #""\uD83D""#, #""\uD83Dx""#, #""\uD83D\u0041""#, #""\uDE00\uD83D""#] {
            #expect((try? JSONDecoder().decode(String.self, from: Data(text.utf8))) == nil, "the decoder refuses \(text)")
            let problem = try #require(JSONSyntaxChecker.firstProblem(in: Array(text.utf8)), "\(text)")
            #expect(problem.reason.english.hasPrefix("half a character: \\u"), "\(problem)")
        }
        #expect(JSONSyntaxChecker.firstProblem(in: Array(#"{"a": "am\udeeets"}"#.utf8))?.column == 10)
        #expect(JSONSyntaxChecker.firstProblem(in: Array(#"{"a": "\uD83D\uDE00 \uFFFF \u0041"}"#.utf8)) == nil)
    }

    @Test("a region that cannot be part of a host is a config error, not a crash deriving the IAM endpoint")
    func regionNotAHostName() throws {
        let text = #"{"profiles": [{"name": "a", "region": "cn-:north-2", "endpoint": "http://127.0.0.1:9", "ak": "A", "sk": "S"}]}"#
        let file = try ConfigFileReader.decode(ConfigFile.self, from: Data(text.utf8), path: "c.json")
        #expect(throws: ConfigurationError.invalidValue(
            path: "c.json", field: "profiles[a].region",
            reason: Wording(.reasonNotRegionName, ["given": "cn-:north-2"]))) {
            try Settings.resolve(file, path: "c.json", overrides: ConfigOverrides(), environment: [:])
        }
    }

    @Test("time arguments: control characters written out, a window of a year at most, real dates only")
    func timeArguments() {
        let refused = #expect(throws: OMSError.self) { try TimeArgument.milliseconds("5\u{01}\u{18}", option: "--from") }
        #expect(refused?.message == #"--from "5\u{1}\u{18}" is not a time: use milliseconds or 2026-11-20T08:00"#)
        // "6666666666666666h" was 2.4e19 seconds: `stats --window` crashed turning it into milliseconds.
        #expect(TimeArgument.seconds(ofWindow: "6666666666666666h") == nil)
        #expect(TimeArgument.seconds(ofWindow: "366d") == TimeArgument.longestWindowSeconds)
        #expect(TimeArgument.seconds(ofWindow: "367d") == nil)
        for text in ["2026-02-31", "2026-11-20T24:00", "2026-11-20T08:00:60", "2147483647-01-01", "1969-12-31", "-5"] {
            #expect(throws: OMSError.self, "\(text)") { try TimeArgument.milliseconds(text, option: "--from") }
        }
        #expect((try? TimeArgument.milliseconds("253402300799999", option: "--to")) == 253_402_300_799_999)
    }
}
