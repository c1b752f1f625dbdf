// Feeds config files to the config reader: the JSON syntax checker, the decoder and the resolution of
// profiles, proxies, task keys and alert rules.
//
// Rules: what the JSON decoder refuses, the syntax checker refuses too, so that every syntax error
// has its line and column; a file is read or refused
// with one clear line; no message shows a secret, neither one written in the file nor one read
// through `env:`.
import FoundationEssentials
import FuzzSupport
@testable import OMSCore

/// Values the environment holds for `env:` references; every one of them is a secret.
private let environment = [
    "FUZZ_AK": "AKFUZZCANARY0000001", "FUZZ_SK": "fuzz-canary-sk-a1b2c3d4", "FUZZ_TOKEN": "fuzz-canary-token-e5f6",
    "FUZZ_PASSWORD": "fuzz-canary-password-g7h8", "HUAWEICLOUD_SDK_SK": "fuzz-canary-sdk-sk-i9j0",
]

/// The secrets written in the file itself: string values of keys that hold secrets, and passwords in
/// proxy URLs, when long enough to tell apart from the rest of the file and written once. Keys
/// starting with "_" are comments, whose text is no secret.
private func writtenSecrets(in value: JSONValue, text: String) -> [String] {
    var found: [String] = []
    func walk(_ value: JSONValue, key: String) {
        switch value {
        case .object(let members): for (name, member) in members where !name.hasPrefix("_") { walk(member, key: name) }
        case .array(let items): for item in items { walk(item, key: key) }
        case .string(let string):
            if ["sk", "security_token", "auth_token", "password"].contains(where: key.hasSuffix) {
                found.append(string)
            } else if key.hasSuffix("proxy"), let at = string.lastIndex(of: "@"),
                let colon = string[..<at].lastIndex(of: ":")
            {
                found.append(String(string[string.index(after: colon)..<at]))
            }
        default: break
        }
    }
    walk(value, key: "")
    return found.filter { $0.count >= 8 && !$0.hasPrefix("env:") && text.components(separatedBy: $0).count == 2 }
}

/// The one-line message for the config in `bytes`, or nil when it is read and resolved without error.
private func message(for bytes: [UInt8]) -> String? {
    do throws(ConfigurationError) {
        let file = try ConfigFileReader.parse(Data(bytes), path: "fuzz.json")
        _ = try Settings.resolve(file, path: "fuzz.json", overrides: ConfigOverrides(), environment: environment)
        return nil
    } catch {
        return error.message
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let problem = JSONSyntaxChecker.firstProblem(in: input.bytes)
    let json = try? JSONInput.decode(JSONValue.self, from: Data(input.bytes))
    // The checker follows RFC 8259 where the decoder is lenient (trailing commas, control characters
    // and bytes that are not UTF-8 in some strings), so it may refuse more, never less.
    expect(
        problem != nil || json != nil,
        "the syntax checker finds no problem in JSON the decoder refuses: \(input.text.debugDescription)")
    guard let refusal = message(for: input.bytes) else { return 0 }
    expectClearMessage(refusal, about: input.text.debugDescription)
    for secret in environment.values { expectNoSecret(secret, in: refusal) }
    for secret in json.map({ writtenSecrets(in: $0, text: input.text) }) ?? [] {
        expectNoSecret(secret, in: refusal) { message(for: Array(input.text.replacing(secret, with: $0).utf8)) }
    }
    return 0
}
