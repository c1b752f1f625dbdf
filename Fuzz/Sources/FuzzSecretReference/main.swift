// Feeds secrets as written in the config, a value or "env:NAME", to their reader.
//
// Rules: a written value is the secret itself and never shows in its description; an `env:`
// reference reads exactly its variable or is refused with one clear line that shows no value.
import FuzzSupport
import OMSCore

private let environment = ["FUZZ_SET": "fuzz-canary-value-0001", "OTHER": "fuzz-canary-value-0002"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSecretReference(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let written = FuzzInput(start, count).text
    let reference = SecretReference(written)
    do throws(ConfigurationError) {
        let secret = try reference.resolve(in: environment, field: "sk")
        if let name = reference.environmentName {
            expect(secret.reveal() == environment[name], "\(written.debugDescription) reads \(secret.reveal())")
        } else {
            expect(secret.reveal() == written, "the literal \(written.debugDescription) reads as \(secret.reveal())")
            expectNoSecret(written, in: "\(reference)") { "\(SecretReference($0))" }
        }
    } catch {
        expect(reference.environmentName != nil, "the literal \(written.debugDescription) is refused: \(error.message)")
        expectClearMessage(error.message, about: written.debugDescription)
        for value in environment.values { expectNoSecret(value, in: error.message) }
    }
    return 0
}
